import { tokenize } from "../knowledge/core/text.js";
import type { Place } from "./language.js";

/*
 * How many words a question asks in, once what it names is counted as one word each. A place the knowledge
 * has no figures for is left as typed for the classifier (see `places-read.ts`), so "how much in los
 * angeles" would count five words where "how much in denver" counts four, and a short follow-up in a thread
 * would stop reading as one only because the city's name has two words.
 */

/**
 * How many of a question's words (`words`, its entities masked) it asks in, with the place without figures
 * it names (`place`) counted as one, however many words its name has.
 */
export function askedLength(words: readonly string[], place: Place | undefined): number {
  if (!place) return words.length;
  const spans = place.aliases
    .map((a) => tokenize(a))
    .filter((t) => t.length > 1 && containsRun(words, t))
    .map((t) => t.length);
  return words.length - (Math.max(1, ...spans) - 1);
}

/** Whether `run` occurs in `words` as consecutive words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++)
    if (run.every((w, j) => words[i + j] === w)) return true;
  return false;
}
