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

/**
 * Age weighed: "too old", "at my age", "im 35", "32," set apart, "at 40", "in their 40s" (a decade of life),
 * "someone whos 52", "who is 45" (said of the asker as of someone: r75 #29);
 * or "retail worker 32 is it too late", the commas left out: a number after a person's noun, before the
 * question.
 */
const ageWords =
  /\b(too old|my age|this age|older (?:people|workers|career changers)|age(?:d|ism)?)\b|\b(?:i'?m|i am|at|turning|aged?|who'?s|who is)\s+(?:[2-6]\d)\b(?!\s*(?:hours?|hrs?|k\b|%|percent|mins?|minutes|days?|weeks?|months?|dollars|an hour|per))|\bin (?:my|their|your|his|her|our) (?:early |mid |late )?[2-6]0'?s\b|(?:^|,\s*)[2-6]\d\s*,|\b[a-z]{2,}(?:er|or|ist|ian|ant|ent|man|woman|mum|mom|dad)\s+[2-6]\d\s+(?=(?:is|am|should|can|could|will|would|and|too|how|what)\b)/i;

/** An age said or weighed: the words above, or "a 40 yr old", "a 42 yo accountant". */
export const ageWeighed = (question: string) => ageWords.test(question) || ageSaid(question);

/** Words of entering at some point of life: "too late", "moved into", "switch to", "start". */
const entering =
  /\b(?:too late|too old|start|starting|started|get into|getting into|got into|(?:move|moved|moving|switch|switched|switching|transition|transitioned|pivot|pivoted|go|going|went)\s+(?:in)?to)\b/i;

/**
 * "anyone here moved into it in their 40s? is it too late", "is it too late to get into IT at 40": getting
 * in at an age, which the way in answers (saying the knowledge holds nothing on age), not a field's future.
 */
export const asksEnteringAtAge = (question: string) => ageWeighed(question) && entering.test(question);
