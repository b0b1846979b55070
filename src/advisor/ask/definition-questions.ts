/** What a term means ("what is MLOps", "whats an mle"): what search finds, else what the role is. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { searchAnswer } from "../general/general-answers.js";
import { offTopic } from "../occupations/scope.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";

/** "what is MLOps": what search finds; with nothing else to define ("whats an mle"), what the role is. */
export function definitionQuestion(kb: KnowledgeBase, u: Understanding): Answer {
  const [role] = u.roles;
  const found = searchAnswer(
    kb,
    u.text,
    u.roles.map((r) => r.id),
    true,
  );
  return found ?? (role ? roleTopicAnswer(kb, u.text, role, "responsibilities") : offTopic());
}
