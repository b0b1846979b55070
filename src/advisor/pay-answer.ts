/** A pay question about one role: by level, place, employer or focus, what has no figures said first. */
import type { KnowledgeBase } from "../knowledge/base.js";
import { citationText } from "../knowledge/core/figure-text.js";
import type { Role } from "../knowledge/core/schema.js";
import type { Understanding } from "../understanding/shape/understanding.js";
import { figureView, placePossessive, uniqueCitations } from "./answer-parts.js";
import type { QuestionAnswer, SalaryAnswer } from "./answers.js";
import { anonymousUser } from "./answers.js";
import { factAnswer, factLines, roleFollowups } from "./fact-answer.js";
import { salaryFor } from "./salary.js";

/** What a pay question asks for beyond the role: the details the understanding read, and its focus. */
export interface PayQuestion
  extends Pick<
    Understanding,
    "level" | "place" | "unlistedPlace" | "unlistedLevel" | "company" | "otherCompanies" | "companyKinds"
  > {
  /** Total compensation rather than salary; a ranking of places (and companies) rather than one figure. */
  focus: "salary" | "totalComp" | "ranking";
  /** Pay for remote work asked ("what about remote?"), which no source splits pay by. */
  remote?: boolean;
}

/** "Amazon", "Amazon or Google", "Amazon, Google or Meta". */
const orList = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;

/**
 * Pay at the employers or kinds of employer named: the figures of those that have some, and first a word for
 * each that has none, so that no figure reads as an employer's it is not.
 */
function employersPay(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  q: PayQuestion,
  s: SalaryAnswer,
): QuestionAnswer {
  const { company, otherCompanies = [], companyKinds = [], ...rest } = q;
  const named = [...(company ? [company] : []), ...otherCompanies];
  const withFigures = s.companies.filter((c) => named.includes(c.company));
  const without = named.filter((n) => !withFigures.some((c) => c.company === n));
  const missing: string[] = [];
  if (without.length)
    missing.push(
      `No figures for ${orList(without)}: the knowledge base has no ${orList(without)} pay figures for ${role.name}.`,
    );
  if (companyKinds.length)
    missing.push(
      `No figures by kind of company: the knowledge base has no pay figures for ${role.name} at ${orList(companyKinds)}.`,
    );
  const atLevel = missing.length ? undefined : levelAtCompanies(kb, question, role, q, withFigures);
  if (atLevel) return atLevel;
  if (withFigures.length > 0) {
    const found = withFigures.map((c) => c.company);
    const only = missing.length
      ? ` Only ${orList(found)}'s are below, with nothing to set them against.`
      : "";
    const facts = withFigures.flatMap((c) => [`${role.name} pay at ${c.company}:`, ...factLines(c.figures)]);
    return factAnswer(
      question,
      missing.length ? `${missing.join(" ")}${only}` : facts[0],
      [...s.gaps, ...(missing.length ? facts : facts.slice(1))],
      s.citations,
      roleFollowups(role, "pay"),
    );
  }
  const general = payAnswer(kb, question, role, rest);
  const not = without.length ? `, not ${orList(without.map((n) => `${n}'s`))}` : "";
  return {
    ...general,
    headline: `${missing.join(" ")} General figures for ${role.name}${not}:`,
    facts: [...(general.headline ? [general.headline] : []), ...general.facts],
  };
}

/**
 * "and senior?" at Meta: where no figure of the company is for the level asked, the level's figures for the
 * role as a whole first, saying so, then the company's; undefined when none was asked or the company has one.
 */
function levelAtCompanies(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  q: PayQuestion,
  withFigures: SalaryAnswer["companies"],
): QuestionAnswer | undefined {
  const level = kb.knowledge.levels.find((l) => l.id === q.level)?.name;
  const found = withFigures.map((c) => c.company);
  const ofLevel = role.salary?.companies.some(
    (c) => found.includes(c.company) && c.figures.some((f) => f.level === q.level),
  );
  if (!level || q.unlistedLevel || found.length === 0 || ofLevel) return undefined;
  const { company: _company, otherCompanies: _others, companyKinds: _kinds, ...alone } = q;
  const general = payAnswer(kb, question, role, alone);
  return {
    ...general,
    headline: `No ${level.toLowerCase()} figures at ${orList(found)}: the knowledge base's ${orList(found)} figures for ${role.name} are not by level.`,
    facts: [
      ...(general.headline ? [general.headline] : []),
      ...general.facts,
      ...withFigures.flatMap((c) => [
        `${role.name} pay at ${c.company} (all levels):`,
        ...factLines(c.figures),
      ]),
    ],
  };
}

/** A pay question about one role, answered with the figure asked for first. */
export function payAnswer(kb: KnowledgeBase, question: string, role: Role, q: PayQuestion): QuestionAnswer {
  const levelName = q.level ? kb.knowledge.levels.find((l) => l.id === q.level)?.name : undefined;
  const placeName = q.place ? kb.knowledge.locations.find((l) => l.id === q.place)?.name : undefined;
  const s = salaryFor(kb, role, { level: levelName, location: placeName }, anonymousUser);
  const followups = roleFollowups(role, "pay");
  const answered = (headline: string | undefined, facts: string[]) =>
    factAnswer(question, headline, [...s.gaps, ...facts], s.citations, followups);
  // "what about remote?": national figures would read as remote workers' own; said first that none are.
  if (q.remote) {
    const { remote: _remote, ...rest } = q;
    const general = payAnswer(kb, question, role, rest);
    return {
      ...general,
      headline: `No figures for remote work: no source splits pay by remote work, so the knowledge base has no remote pay figures for ${role.name}. General (national) figures for ${role.name}, for all ways of working:`,
      facts: [...(general.headline ? [general.headline] : []), ...general.facts],
    };
  }
  // Figures for no company but the one asked about would read as that company's: say so first.
  if (q.company || q.otherCompanies?.length || q.companyKinds?.length)
    return employersPay(kb, question, role, q, s);
  if (q.unlistedLevel) {
    // As for a place: another level's figures would read as this one's; say so first.
    const { unlistedLevel: asked, ...rest } = q;
    // The nearest level's figures where the role has them; else its general figures, with no word of a
    // missing nearest level, which was not what was asked.
    const hasNearest = levelName !== undefined && role.salary?.levels.some((l) => l.level === q.level);
    const { level: _nearest, ...general } = rest;
    const nearest = payAnswer(kb, question, role, hasNearest ? rest : general);
    const instead = hasNearest
      ? `${levelName} figures, the nearest level with figures:`
      : `General figures for ${role.name}:`;
    return {
      ...nearest,
      headline: `No figures for ${asked}: the knowledge base has no ${role.name} pay figures for ${asked}. ${instead}`,
      facts: [...(nearest.headline ? [nearest.headline] : []), ...nearest.facts],
    };
  }
  if (q.unlistedPlace) {
    // As for a company: figures for somewhere else would read as that place's; say so first.
    const { unlistedPlace: asked, ...rest } = q;
    const nearest = payAnswer(kb, question, role, rest);
    // The place that contains it is offered only where the role has figures there; otherwise both are
    // said to be missing in one line, not the one offered and then found empty.
    const hasPlace = role.salary?.locations.some((l) => l.location === q.place) ?? false;
    const missing = placeName && !hasPlace ? ` or ${placeName}` : "";
    const instead =
      placeName && hasPlace
        ? `Figures for ${placeName}, which contains it, not ${placePossessive(asked)} own:`
        : `General figures for ${role.name}, not ${placePossessive(asked)}:`;
    const placeGap = `The knowledge base has no ${placeName} figure for ${role.name}.`;
    return {
      ...nearest,
      headline: `No figures for ${asked}: the knowledge base has no ${asked.replace(/^the /, "")}${missing} pay figures for ${role.name}. ${instead}`,
      facts: [
        ...(nearest.headline ? [nearest.headline] : []),
        ...nearest.facts.filter((f) => f !== placeGap),
      ],
    };
  }
  if (q.focus === "ranking") {
    const byValue = [...(role.salary?.locations ?? [])].sort(
      (a, b) => (b.figure.value ?? 0) - (a.figure.value ?? 0),
    );
    if (byValue.length > 0)
      return answered(`${role.name} pay by location, highest first:`, [
        ...factLines(byValue.map((l) => figureView(kb, l.figure))),
        ...(s.companies.length
          ? ["Company figures:", ...factLines(s.companies.flatMap((c) => c.figures))]
          : []),
      ]);
  }
  if (q.focus === "totalComp" && s.totalComp.length > 0) {
    const total = factLines(s.totalComp);
    // "total comp for a senior mle": the sources give a role's total compensation as a whole, never by
    // level or place; said so, with the base pay at that level or place beside it.
    const narrowed = [
      ...(levelName ? [`at ${levelName.toLowerCase()}`] : []),
      ...(placeName ? [`in ${placeName}`] : []),
    ];
    if (narrowed.length === 0) return answered(`${role.name} total compensation:`, total);
    const base = payAnswer(kb, question, role, { ...q, focus: "salary" });
    const apart = `The sources give total compensation for all levels and places together, not ${narrowed.join(" or ")}; base pay there:`;
    return {
      ...answered(`${role.name} total compensation:`, [
        ...total,
        apart,
        ...(base.headline ? [base.headline] : []),
        // What the sources lack is said once, above.
        ...base.facts.filter((f) => !s.gaps.includes(f)),
      ]),
      citations: uniqueCitations([...s.citations, ...base.citations]),
    };
  }
  if (s.answer) {
    const facts: string[] = [];
    const level = s.levels.find((l) => l.id === q.level);
    const place = s.locations.find((l) => l.id === q.place);
    // The figure answered is the place's where there is one; with a level asked too, the sources give that
    // apart (a fact below), so the place's figure is labelled as all levels', not the level's.
    const where = place ? `${place.name}${level ? " (all levels)" : ""}` : (levelName ?? "");
    if (level && place) facts.push(...factLines([level.figure]));
    if (level) facts.push(...factLines(level.extra));
    if (place) facts.push(...factLines(place.extra));
    return answered(`${role.name}, ${where}: ${s.answer.value} (${citationText(s.answer.citation)}).`, facts);
  }
  const figures = s.headline.length
    ? s.headline
    : s.levels.length
      ? s.levels.map((l) => l.figure)
      : s.government;
  const why =
    q.focus === "ranking" && figures.length > 0
      ? [`The knowledge base has no pay figures by location or company for ${role.name}.`]
      : q.focus === "totalComp" && figures.length > 0
        ? [`The knowledge base has no total-compensation figure for ${role.name}.`]
        : [];
  return answered(figures.length > 0 ? `${role.name} pay:` : undefined, [
    ...why,
    ...factLines(figures),
    ...factLines(s.modifiers),
    ...s.notes,
  ]);
}
