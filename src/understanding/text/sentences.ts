/*
 * A message's sentences, split where a full stop, question or exclamation mark (one or more) ends one before
 * a space. (`scene-told.ts` splits also where "whats" opens a question typed with no mark before it.)
 */

/** The sentences of a message, each with a word in it. */
export const sentencesOf = (text: string): string[] =>
  text
    .trim()
    .split(/(?<=[.?!])\s+/)
    .filter((s) => /\w/.test(s));
