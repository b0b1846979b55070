/**
 * "what's the hardest part", "which of those are the hardest" about a role whose work is not machine
 * learning: the field-wide challenges in the knowledge are ML engineers' and say nothing of it.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { doesMlWork } from "../general/general-answers.js";
import { withArticle } from "../parts/fact-answer.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";

/** Words that ask what is hardest: "the hardest part", "toughest", "most difficult", "biggest challenge". */
const hardestWords =
  /\b(?:hardest|toughest|trickiest|most (?:difficult|challenging)|biggest (?:challenges?|problems?|struggles?)|worst part)\b/i;

/**
 * A question of what is hardest in the one role named or in the thread's one role, when that role's work is
 * not machine learning: no source says, said first, with what the work is. Undefined otherwise (an ML
 * role's challenges are the knowledge's own).
 */
export function hardestOfRole(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (u.intent !== "challenge" || !hardestWords.test(u.text)) return undefined;
  const roles = u.roles.length > 0 ? u.roles : u.threadRoles;
  const [role] = roles;
  if (!role || roles.length > 1 || doesMlWork(role)) return undefined;
  const answer = roleTopicAnswer(kb, u.text, role, "responsibilities");
  const note = `The sources do not say what is hardest about working as ${withArticle(role.name)}; what the work is, is below.`;
  return { ...answer, headline: `${note} ${answer.headline ?? ""}`.trim() };
}
