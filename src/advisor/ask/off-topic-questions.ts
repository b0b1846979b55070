/** Questions no intent places: code work declined, and what search finds for the rest, else off topic. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { namedJobs } from "../../understanding/entities/entities.js";
import { asksForCodeWork } from "../../understanding/names/skill-names.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { searchAnswer } from "../general-answers.js";
import { roleTopicAnswer } from "../role-topic-answer.js";
import { clarify, offTopic } from "../scope.js";
import { roleWordOf } from "./question-reading.js";

/** "can you help me debug this TypeError": declined, saying what it is that is not done. */
export function codeWorkDeclined(u: Understanding): Answer | undefined {
  return u.intent === "offTopic" && asksForCodeWork(u.text) && namedJobs(u.entities) === 0
    ? offTopic("code")
    : undefined;
}

/**
 * A question read as off topic, or whose intent is only a guess: what search finds in the sections (of the
 * roles named, if any), else what the role does, else a question back or off topic.
 */
export function offTopicOrGuess(kb: KnowledgeBase, u: Understanding, guessing: boolean): Answer {
  const q = u.text;
  const [role] = u.roles;
  if (u.intent === "offTopic" && !guessing && !role) return offTopic();
  const found = searchAnswer(
    kb,
    q,
    u.roles.map((r) => r.id),
    !role,
    roleWordOf(u),
  );
  if (found) return found;
  if (role) return roleTopicAnswer(kb, q, role, "responsibilities");
  if (guessing && u.second && u.intent !== "offTopic" && u.second.intent !== "offTopic")
    return clarify("I'm not sure what you mean. Did you mean one of these?", ["roles", "trends", "help"]);
  return offTopic();
}
