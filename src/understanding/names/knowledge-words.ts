import type { KnowledgeBase } from "../../knowledge/base.js";

/** The lower-case words of a text, letters only: "Data Analyst (BLS)" → "data", "analyst", "bls". */
export const wordsIn = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * Every word the knowledge writes, for the spelling corrector to know and to correct to: the words the
 * search index holds (with their digits: "401k", "c++"), and the words of every text and field name of the
 * knowledge, which the index leaves out of its sections in part: the aliases people type ("fresher",
 * "infosec"), the labels of official pay figures ("percentile"), field names that are words too
 * ("comparisons", "headline": "comparsions" is corrected to the first).
 *
 * Each distinct text is read once: on 10,000 roles the same labels and notes repeat from role to role, and
 * reading the whole knowledge written out as JSON, every copy of them, took seconds at start-up.
 */
export function knowledgeWords(kb: KnowledgeBase): Set<string> {
  const texts = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === "string") texts.add(value);
    else if (Array.isArray(value)) for (const item of value) collect(item);
    else if (value && typeof value === "object")
      for (const [field, item] of Object.entries(value)) {
        texts.add(field);
        collect(item);
      }
  };
  collect(kb.knowledge);
  const words = new Set(kb.index.words);
  for (const text of texts) for (const word of wordsIn(text)) words.add(word);
  return words;
}
