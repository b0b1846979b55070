import pluralize from "pluralize";

/**
 * A title word's singular ("nurses" → "nurse", "sres" → "sre", "salespeople" → "salesperson"). pluralize's
 * rules know English plurals without a dictionary; a noun lemmatizer did the same from word lists that held
 * 28 MiB of a running process.
 */
export const titleForm = (word: string): string => pluralize.singular(word);
