import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { occupationsOf } from "../../official/data.js";
import { asksWithoutDegree } from "../../understanding/words/topic-words.js";
import type { QuestionAnswer } from "../answers.js";
import { noDegree } from "../outlook/ranking.js";
import { listed } from "../parts/answer-parts.js";
import { withArticle } from "../parts/fact-answer.js";

/*
 * "without a degree?" after "how do i become a machine learning engineer": what the knowledge has on
 * getting in with no degree, which is BLS's typical entry-level education for the role's occupations and
 * the role's own education lines. Where neither says a degree is not needed, that is said plainly: the
 * sources are silent on a way in without one, not against it.
 */

/** BLS's typical entry-level education for each of a role's occupations that has one. */
export const entryEducation = (kb: KnowledgeBase, role: Role) =>
  occupationsOf(role, kb.official)
    .map((o) => ({ title: o.title.toLowerCase(), education: o.outlook?.education }))
    .filter((o): o is { title: string; education: string } => o.education !== undefined);

/** The first line of an education answer asked about having no degree: what BLS's entry education says of it. */
function withoutDegreeLine(kb: KnowledgeBase, role: Role): string {
  const entries = entryEducation(kb, role);
  const open = entries.filter((o) => noDegree.has(o.education));
  if (open.length > 0)
    return `Without a degree: BLS gives ${open.map((o) => `${o.education.toLowerCase()} as the typical entry-level education for ${o.title}`).join(", and ")}, so the usual way in needs no degree. What the sources say:`;
  const none = `Without a degree: none of the sources describes a way in as ${withArticle(role.name)} without one`;
  if (entries.length > 0)
    return `${none}, and BLS's typical entry-level education for the occupations it is counted in is a degree (below). What the sources say:`;
  return `${none}. What they say of education:`;
}

/** A role's education answer, said first what it holds on getting in without a degree. */
export function withoutDegreeAnswer(
  kb: KnowledgeBase,
  role: Role,
  education: QuestionAnswer,
): QuestionAnswer {
  return { ...education, facts: [withoutDegreeLine(kb, role), ...education.facts] };
}

/** What getting into one role without a degree looks like, in a clause: BLS's entry education, or silence. */
function withoutDegreeClause(kb: KnowledgeBase, role: Role): string {
  const entries = entryEducation(kb, role);
  const open = entries.filter((o) => noDegree.has(o.education));
  if (open.length > 0)
    return `BLS gives ${open.map((o) => o.education.toLowerCase()).join(" or ")} as the typical entry-level education`;
  if (entries.length > 0)
    return "BLS's typical entry-level education is a degree and no source describes a way in without one";
  return "no source describes a way in without one";
}

/**
 * "what IT job can i get without a degree", "… or security? ccna, no degree": a move or its options asked
 * with no degree, said beside the move's answer as a note on the roles it leads to (those alike said
 * together), the move first.
 */
export function withDegreeNote<T extends { note?: string }>(
  kb: KnowledgeBase,
  question: string,
  answer: T,
  roles: readonly Role[],
): T {
  if (!asksWithoutDegree(question) || roles.length === 0) return answer;
  const byClause = new Map<string, string[]>();
  for (const role of roles) {
    const clause = withoutDegreeClause(kb, role);
    byClause.set(clause, [...(byClause.get(clause) ?? []), role.name]);
  }
  const said = [...byClause].map(([clause, names]) => `for ${listed(names)}, ${clause}`);
  return {
    ...answer,
    note: [answer.note, `Without a degree: ${said.join("; ")}.`].filter(Boolean).join(" "),
  };
}
