/**
 * An answer that sets pay side by side (a move weighed, a comparison) for a question asked of an employer:
 * its pay is general, never the employer's, said first so that it cannot read as theirs.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer, RoleRef } from "../answers.js";
import { orList, possessive, roleRef } from "../parts/answer-parts.js";

/** The answers that may set pay side by side. */
type SideBySide = Extract<Answer, { kind: "gap" | "pay-compare" | "compare" | "answer" }>;

/** The sides whose pay an answer sets side by side, if it does. */
function paySides(answer: SideBySide, u: Understanding): RoleRef[] | undefined {
  if (answer.kind === "gap") return answer.weighing ? [answer.from, answer.to] : undefined;
  // "what does that look like at google" after senior MLE against SWE: the pay of two roles answered as
  // lines (one side lacks the level's figures) is pay side by side too.
  if (answer.kind === "answer")
    return u.intent === "payCompare" && u.roles.length >= 2 && !answer.headline?.includes("No figures")
      ? u.roles.map(roleRef)
      : undefined;
  if (answer.kind === "pay-compare") return answer.roles.map((r) => r.role);
  return answer.pay.length > 0 ? answer.roles : undefined;
}

/**
 * "im an accountant at deloitte. what would a data scientist make at deloitte": the move's pay side by side
 * (general figures, official ones for the occupation), said first to be no employer's: no figures for those
 * the knowledge has none for on either side, and general, not theirs, for one that has some for a side
 * (otherwise: Deloitte never mentioned). Any other answer as it is.
 */
export function employerSaid(kb: KnowledgeBase, answer: Answer, u: Understanding): Answer {
  if (
    answer.kind !== "gap" &&
    answer.kind !== "pay-compare" &&
    answer.kind !== "compare" &&
    answer.kind !== "answer"
  )
    return answer;
  const named = [...(u.company ? [u.company] : []), ...(u.otherCompanies ?? [])];
  // A kind of employer beside a move is more often where the person works ("she's a bank teller") than
  // where the pay is asked; beside roles compared, it is where ("sre vs devops at a startup").
  const kinds = answer.kind === "gap" ? [] : (u.companyKinds ?? []);
  const sides = paySides(answer, u);
  if ((named.length === 0 && kinds.length === 0) || !sides) return answer;
  const hasFigures = (employer: string) =>
    sides.some((s) => kb.roleById.get(s.id)?.salary?.companies.some((c) => c.company === employer));
  const without = named.filter((n) => !hasFigures(n));
  const names = orList(sides.map((s) => s.name));
  const noFigures = without.length
    ? `No figures for ${orList(without)}: the knowledge base has no ${orList(without)} pay figures for ${names}. `
    : "";
  // "sre vs devops pay at startups": no figure is by kind of employer, as the pay of one role says.
  const noKinds = kinds.length
    ? `No figures by kind of company: the knowledge base has no pay figures for ${names} at ${orList(kinds)}. `
    : "";
  const not = named.length ? `, not ${orList(named.map(possessive))}` : "";
  const said = `${noFigures}${noKinds}The pay below is general${not}.`;
  if (answer.kind === "answer") {
    // "and at meta?" after SWE -> MLE: the lines give Meta's own figures for the side that has them (MLE)
    // and general ones, said so, for the other; "general, not Meta's" of all of it would be false.
    const own = sides.filter((s) =>
      named.some((n) => kb.roleById.get(s.id)?.salary?.companies.some((c) => c.company === n)),
    );
    const general = sides.filter((s) => !own.includes(s));
    const withOwn = named.filter(hasFigures);
    const mixed =
      own.length > 0 && general.length > 0
        ? `${noFigures}${noKinds}${orList(withOwn.map(possessive))} own figures below are for ${orList(own.map((s) => s.name))}; for ${orList(general.map((s) => s.name))} the pay is general${not}.`
        : undefined;
    const line = mixed ?? said;
    return { ...answer, headline: answer.headline ? `${line} ${answer.headline}` : line };
  }
  return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
}
