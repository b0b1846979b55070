import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { occupationsOf } from "../official/data.js";
import type { QuestionAnswer } from "./answers.js";
import { withArticle } from "./fact-answer.js";
import { noDegree } from "./ranking.js";

/*
 * "without a degree?" after "how do i become a machine learning engineer": what the knowledge has on
 * getting in with no degree, which is BLS's typical entry-level education for the role's occupations and
 * the role's own education lines. Where neither says a degree is not needed, that is said plainly: the
 * sources are silent on a way in without one, not against it.
 */

/** The first line of an education answer asked about having no degree: what BLS's entry education says of it. */
function withoutDegreeLine(kb: KnowledgeBase, role: Role): string {
  const entries = occupationsOf(role, kb.official)
    .map((o) => ({ title: o.title.toLowerCase(), education: o.outlook?.education }))
    .filter((o): o is { title: string; education: string } => o.education !== undefined);
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
