import { comparingWords } from "../words/contrast-words.js";
import { wordsPattern } from "../words/topic-words.js";
import type { ConversationContext } from "./conversation-state.js";

/*
 * "do the other two need a degree", "and the rest, what do they pay" after a pick narrowed three roles set
 * side by side to one of them ("the first one's skills"): the roles of that set the thread is not on. The
 * question is read in a thread on those roles, its words for them said as a pointer at both ("those two"),
 * so each of them is answered, never the one picked again nor a question back. Set against the one picked
 * ("does it pay more than the other two"), they are read beside it: the whole set again.
 */

/**
 * What a question calls the roles left: "the other two", "the others", "the rest (of them)", "the remaining
 * ones". Not the rest of something else ("the rest of the skills") nor the remaining things ("the remaining
 * steps").
 */
export const theRest =
  /\bthe (?:other (two|three|2|3|ones)|others|remaining (two|three|2|3|ones)|remaining(?=\s*(?:[?!.,;:]|$))|rest(?: of them)?(?! of\b))\b/i;

/** How many roles a count word says are left ("the other two"). */
const counted: Record<string, number> = { two: 2, "2": 2, three: 3, "3": 3 };

/** Words that set the one picked against the rest: "does it pay more than the other two", "compare it to the rest". */
const setAgainstRest = wordsPattern(comparingWords);

/** The most roles "the rest" stands for: those of a comparison, not the rows of a ranking. */
const restAtMost = 3;

/** The question as read in its thread, and whether it picked the rest of a set. */
export interface RestRead {
  text: string;
  context: ConversationContext | undefined;
  /** The roles the question is about are the rest of the set, picked: no repeat of the thread's question. */
  picked: boolean;
}

/**
 * The question read in a thread on the rest of the set shown (beside the one picked, where it is set against
 * them), its words for them said as "those two" (or "them"); as it was unless it points at the rest of a set
 * the thread narrowed, and as many are left as it counts.
 */
export function restOfSetRead(text: string, context: ConversationContext | undefined): RestRead {
  const m = theRest.exec(text);
  const shown = context?.shown ?? [];
  const on = context?.roles ?? [];
  const rest = shown.filter((id) => !on.includes(id));
  const count = counted[(m?.[1] ?? m?.[2] ?? "").toLowerCase()];
  const narrowed = on.length > 0 && on.every((id) => shown.includes(id));
  const fits =
    rest.length >= 2 && rest.length <= restAtMost && (count === undefined || count === rest.length);
  if (!m || !context || !narrowed || !fits) return { text, context, picked: false };
  const against = setAgainstRest.test(text);
  const said = against ? "them" : `those ${rest.length === 2 ? "two" : "three"}`;
  return {
    text: text.slice(0, m.index) + said + text.slice(m.index + m[0].length),
    context: { ...context, roles: against ? [...on, ...rest] : rest },
    picked: !against,
  };
}
