import { tokenize } from "../../knowledge/core/text.js";

/*
 * An age said in so many words ("a 42 yo accountant", "a 40-year-old dev", "im 35 y/o"), read once: in the
 * question's words an age stands between a job and its frame, and a move's answer says the knowledge holds
 * nothing on it.
 */

/** The years of an age said of someone at work: 16 to 79 ("a 42 yo accountant", not "a 12 year old"). */
const workingYears = /^(?:1[6-9]|[2-7]\d)$/;

/** How many words right before `end` say an age: "35yo" (one), "42 yo" (two), "42 year old", "35 y o" (three). */
export function ageEndingAt(tokens: readonly string[], end: number): number {
  const at = (k: number) => tokens[end - k] ?? "";
  const years = (w: string) => workingYears.test(w);
  if (/^\d\dyo$/.test(at(1)) && years(at(1).slice(0, 2))) return 1;
  if (at(1) === "yo" && years(at(2))) return 2;
  if (/^olds?$/.test(at(1)) && /^(?:year|years|yr|yrs)$/.test(at(2)) && years(at(3))) return 3;
  if (at(1) === "o" && at(2) === "y" && years(at(3))) return 3;
  return 0;
}

/** Whether a question says an age in so many words. */
export function ageSaid(question: string): boolean {
  const tokens = tokenize(question);
  return tokens.some((_, i) => ageEndingAt(tokens, i + 1) > 0);
}
