/**
 * Questions no intent places: code work and writing declined, and what search finds for the rest, else off
 * topic.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { namedJobs } from "../../understanding/entities/entities.js";
import { asksForCodeWork } from "../../understanding/names/skill-names.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { asksForWriting } from "../../understanding/words/writing-asked.js";
import type { Answer } from "../answers.js";
import { searchAnswer } from "../general/general-answers.js";
import { clarify, offTopic } from "../occupations/scope.js";
import { alias, roleRef } from "../parts/answer-parts.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";
import { whichItRole } from "./ask-back.js";
import { roleWordOf } from "./question-reading.js";

/** "can you help me debug this TypeError": declined, saying what it is that is not done. */
export function codeWorkDeclined(u: Understanding): Answer | undefined {
  return u.intent === "offTopic" && asksForCodeWork(u.text) && namedJobs(u.entities) === 0
    ? offTopic("code")
    : undefined;
}

/**
 * "can u write my cover letter for a QA job": declined, saying what is not done, with what can be said of
 * the role it is for (named, or the thread's): its skills and its pay, to write it with. Never the role's
 * duties as if they were the letter (otherwise: what a QA Engineer does).
 */
export function writingDeclined(u: Understanding): Answer | undefined {
  if (!asksForWriting(u.text)) return undefined;
  const [role] = u.roles;
  const declined = offTopic("writing");
  if (!role) return declined;
  return { ...declined, role: roleRef(role), followups: [`skills ${alias(role)}`, `salary ${alias(role)}`] };
}

/**
 * A question read as off topic, or whose intent is only a guess: what search finds in the sections (of the
 * roles named, or IT's where the field is named), else what the role does, else a question back or off topic.
 */
export function offTopicOrGuess(kb: KnowledgeBase, u: Understanding, guessing: boolean): Answer {
  const q = u.text;
  const [role] = u.roles;
  if (u.intent === "offTopic" && !guessing && !role) return offTopic();
  // "do you need math for IT": the IT field named and no role, so only IT's roles' sections answer, never
  // another field's ("Computer and Information Research Scientist › Skills").
  const it = !role && u.entities.itField ? itRoles(kb) : [];
  const found = searchAnswer(
    kb,
    q,
    (role ? u.roles : it).map((r) => r.id),
    !role && it.length === 0,
    roleWordOf(u),
  );
  if (found) return found;
  if (role) return roleTopicAnswer(kb, q, role, "responsibilities");
  if (it.length >= 2) return whichItRole(u.intent, it);
  if (guessing && u.second && u.intent !== "offTopic" && u.second.intent !== "offTopic")
    return clarify("I'm not sure what you mean. Did you mean one of these?", ["roles", "trends", "help"]);
  return offTopic();
}
