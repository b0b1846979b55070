/**
 * "im a nurse thinking about it support", then "or should i skip that and aim straight for cloud stuff": a
 * field said instead of where the thread's move leads is a move from the same start into that field; which
 * of its roles is asked back, the move from the start to each as the choice (otherwise: the thread's move
 * answered again, or the role's skills of the field's kind).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { namedJobs } from "../../understanding/entities/entities.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { goesOnFromEnd } from "../../understanding/words/entity-words.js";
import type { Answer } from "../answers.js";
import { clarify } from "../occupations/scope.js";
import { alias } from "../parts/answer-parts.js";
import { fieldAfterRole, fieldWordShown } from "./ask-back.js";

/**
 * "skip that", "instead", "go straight into", "rather": the move just weighed set aside for another end.
 */
const insteadSaid =
  /\b(?:skip(?:ping)? (?:that|it|this|the \w+(?: part| step)?)|instead|rather|straight (?:to|into|for|in))\b/i;

/** "aim for cloud", "straight for cloud": "for" after a word of aiming leads to the field, as "into" does. */
const aimedFor = /\b(aim(?:ing)?|straight|go(?:ing)?|head(?:ing)?|shoot(?:ing)?) (?:straight )?for\b/gi;

/**
 * "the architect one instead", "architect instead": a field picked as "the X one", or opening the reply, is
 * where the move leads, as "into X" says (otherwise: the thread's move answered again).
 */
const fieldPicked =
  /^\s*(?:(?:ok|okay|no|hmm|actually|what about|how about|and)[\s,]+)*(?:the\s+)?(\w+)(?:\s+ones?)?(?=\s+instead\b)|\bthe (\w+) ones?\b/i;

export function fieldInsteadOfMove(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (u.threadIntent !== "gap" || !insteadSaid.test(u.text) || namedJobs(u.entities) > 0) return undefined;
  const end = u.threadRoles.find((r) => r !== u.from) ?? u.threadRoles[0];
  const text = u.text
    .replace(aimedFor, "$1 into")
    .replace(fieldPicked, (_, first?: string, second?: string) => `into ${first ?? second}`);
  const field = fieldAfterRole(kb, text, end);
  const options = field?.roles.filter((r) => r !== u.from && r !== end).slice(0, 5) ?? [];
  if (!field || options.length < 2) return undefined;
  const soc = u.fromOccupation ?? (u.threadRoles.length === 1 ? u.threadOccupation : undefined);
  const occupation = soc ? kb.official?.bySoc.get(soc) : undefined;
  const from = u.threadRoles.length === 2 ? u.from : undefined;
  if (from)
    return {
      ...clarify(
        `Which ${fieldWordShown(field)} role do you want to move to from ${from.name}, instead of ${end?.name ?? "that"}? Pick one:`,
        options.map((r) => `gap ${alias(from)} to ${alias(r)}`),
        options.map((r) => r.id),
      ),
      leaving: from.id,
    };
  if (!occupation) return undefined;
  return {
    ...clarify(
      `Which ${fieldWordShown(field)} role do you want to move to from ${occupation.title}, instead of ${end?.name ?? "that"}? Pick one, or name it (“maybe ${options[0]?.name.toLowerCase()}?”), to see both sides' pay and outlook and what to learn:`,
      options.map((r) => `role ${alias(r)}`),
      options.map((r) => r.id),
    ),
    beside: occupation.soc,
  };
}

/** "after that", "then", "next" before a field: where a move goes on from the thread's end, as "into" says. */
const goesOnBeforeField = /\b(then|after that|next)\b/gi;

/**
 * "and after that cloud?", "then security?" after "help desk to sysadmin": a field named as where to go on
 * from where the thread's move led is a move from that end into the field; which of its roles is asked back,
 * the move from the end to each as the choice (otherwise: the end's own path, the field left out).
 */
export function fieldOnFromMove(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (u.threadIntent !== "gap" || u.threadRoles.length !== 2 || namedJobs(u.entities) > 0) return undefined;
  if (!goesOnFromEnd.test(u.text)) return undefined;
  // The thread's move is kept end first (its start second), as its sides are read (`sidesOf`).
  const [end] = u.threadRoles;
  if (!end) return undefined;
  const field = fieldAfterRole(kb, u.text.replace(goesOnBeforeField, "$1 into"), end);
  const options = field?.roles.filter((r) => !u.threadRoles.includes(r)).slice(0, 5) ?? [];
  if (!field || options.length < 2) return undefined;
  return {
    ...clarify(
      `Which ${fieldWordShown(field)} role do you want to move on to from ${end.name}? Pick one:`,
      options.map((r) => `gap ${alias(end)} to ${alias(r)}`),
      options.map((r) => r.id),
    ),
    leaving: end.id,
  };
}
