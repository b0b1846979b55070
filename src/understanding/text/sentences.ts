/*
 * A message's sentences as its marks end them: where a full stop, question or exclamation mark (one or more)
 * ends one before a space. (`scene-told.ts`'s `sentencesOf` splits also where "whats" opens a question typed
 * with no mark before it, which the story told around a question needs.)
 */

/** The sentences of a message as its marks end them, each with a word in it. */
export const sentencesByMarks = (text: string): string[] =>
  text
    .trim()
    .split(/(?<=[.?!])\s+/)
    .filter((s) => /\w/.test(s));
