/*
 * Employers named in ways the employers list does not spell: in a job link's address ("amazon.jobs",
 * "careers.google.com") or misspelt ("netflx", "amazn", "googel"). Read so that the answer says it has no
 * figures for that employer, lest its general figures be taken for the employer's.
 */
import { slipDistance } from "../../knowledge/core/text.js";
import type { Match, Vocabulary } from "../../knowledge/core/vocabulary.js";

/**
 * "amazon.jobs", "careers.microsoft.com": a web address names the employer one of its parts is the name of.
 * Words left empty (already read as something else) are skipped.
 */
export function employersInAddresses(
  employers: Vocabulary<string>,
  words: readonly string[],
): Match<string>[] {
  return words.flatMap((word, i) => {
    if (!word.includes(".")) return [];
    const named = word
      .split(".")
      .map((part) => employers.lookup(part))
      .find((hit) => hit?.distance === 0 && hit.entries.length === 1);
    return named ? [{ entries: named.entries, start: i, end: i + 1, distance: 0 }] : [];
  });
}

/**
 * The shortest employer's name (its letters, as the knowledge spells it) read through a typo: a slip from a
 * shorter one ("chase") is too often another word.
 */
const shortestMisspelt = 6;
/** The shortest word the person typed that may be a misspelt employer's name: a shorter one is too often another name. */
const shortestTyped = 5;

/**
 * "netflx senior swe comp", "googel sre salary bands": a word one slip of the keys from an employer's name
 * (a letter left out, added, swapped or a vowel changed), where the word is none the knowledge or the
 * questions use ("strip" is no Stripe) and the name is long enough that a slip from it is no other word.
 * Words left empty (already read as something else) are skipped.
 */
export function misspeltEmployers(
  employers: Vocabulary<string>,
  words: readonly string[],
  knownWord: (word: string) => boolean,
): Match<string>[] {
  return words.flatMap((word, i) => {
    if (word.length < shortestTyped || knownWord(word) || !/^[a-z]+$/.test(word)) return [];
    const hit = employers.lookup(word);
    const [name] = hit?.entries ?? [];
    if (!hit || hit.distance === 0 || hit.entries.length !== 1 || !name) return [];
    const spelt = name.toLowerCase().replace(/[^a-z]/g, "");
    if (spelt.length < shortestMisspelt || slipDistance(word, spelt, 1) > 1) return [];
    return [{ entries: hit.entries, start: i, end: i + 1, distance: hit.distance }];
  });
}
