/*
 * Governments as employers: "what does the state of ohio pay a dba", "what would the city of austin pay a
 * network engineer", "a dba at the county of san diego". Read as the place alone, the answer said it had no
 * figures for the place, never that it had none for that employer; the place is still read too (the answer
 * says it has none for it either).
 */
import type { Match } from "../../knowledge/core/vocabulary.js";

/** The kinds of government a place names: "the state of", "the city of". */
const governments: ReadonlySet<string> = new Set(["state", "city", "county", "commonwealth", "town"]);

/** Words before a payer asked of: "what does … pay", "what would … pay". */
const payerAsked: ReadonlySet<string> = new Set(["does", "do", "did", "would", "will", "could", "might"]);

/** Words before a workplace: "a dba at the state of ohio", "working for the city of austin". */
const workplaceBefore: ReadonlySet<string> = new Set(["at", "for"]);

/**
 * The government employer whose name holds the place at `start`–`end` ("ohio" in "the state of ohio"), where
 * the words put an employer: between "does" (or "would") and "pay", or after "at" or "for" ending the
 * message; undefined anywhere else ("in the state of ohio" is the place). Its match spans the words before
 * the place ("state of"), which the place's reading leaves open.
 */
export function governmentEmployer(
  words: readonly string[],
  start: number,
  end: number,
): Match<string> | undefined {
  const kind = start - 2;
  if (words[start - 1] !== "of" || !governments.has(words[kind] ?? "")) return undefined;
  const before = words[words[kind - 1] === "the" ? kind - 2 : kind - 1] ?? "";
  const paid = payerAsked.has(before) && /^pays?$/.test(words[end] ?? "");
  const worksThere = workplaceBefore.has(before) && end === words.length;
  if (!paid && !worksThere) return undefined;
  const name = words
    .slice(kind, end)
    .map((w) => (w === "of" ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
  return { entries: [name], start: kind, end: start, distance: 0 };
}
