/**
 * "analyst on my team wants to become a data scientist": a move whose start is a word many roles end in
 * ("analyst", "engineer"), with only the target named. Which one is asked back, each button the whole move,
 * never the target's way in given as if the start were known.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer, UserContext } from "../answers.js";
import { clarify } from "../occupations/scope.js";
import { alias } from "../parts/answer-parts.js";
import { rolesOfAWord } from "./ask-back.js";
import { moveAnswer } from "./move-questions.js";

/** Which of the roles the start's word names the move is from; undefined where the start is known or unnamed. */
export function moveStartOfAKind(kb: KnowledgeBase, u: Understanding, user: UserContext): Answer | undefined {
  const e = u.entities;
  const target = e.to;
  if (!target || e.from || u.from || e.roles.length !== 1 || e.uncovered.length > 0) return undefined;
  // The question's words with the target's name masked, so "data scientist" asks no "which scientist".
  const kind = rolesOfAWord(kb, e.masked.join(" "));
  const options = kind?.last ? kind.roles.filter((r) => r !== target).slice(0, 5) : [];
  if (!kind || options.length < 2) return undefined;
  // "if i take the analyst job can i move into data science" after a data analyst's pay: the one role of
  // that kind the thread is about is the start, as a person reading the thread takes it, not asked back.
  const ofThread = options.filter((r) => u.threadRoles.includes(r));
  const [start] = ofThread;
  if (start && ofThread.length === 1)
    return moveAnswer(kb, { ...u, intent: "gap", from: start, to: target, roles: [start, target] }, user);
  return clarify(
    `Which ${kind.word} is the move to ${target.name} from? Pick one, or name it in your question:`,
    options.map((r) => `gap ${alias(r)} to ${alias(target)}`),
    options.map((r) => r.id),
  );
}
