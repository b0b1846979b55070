/*
 * "compare both roles", "the two jobs", "those 2 options": words that stand for the roles a thread set out,
 * closed by a noun for a job. The noun says nothing the words before it do not, and read with them it leans
 * a question to the list of roles ("compare both roles" read as "which roles are there"); so it is left out,
 * as if "compare both" had been typed.
 */

/** Words for two or more roles already named, then a noun for a job: "both roles", "these two careers". */
const pairThenNoun =
  /\b(both(?: of (?:the|these|those|them))?|the (?:two|2|three|3)|(?:these|those) (?:two|2|three|3))\s+(?:roles|jobs|options|careers|positions|titles)\b/gi;

/** The question with a noun for a job after words for the thread's roles left out; else as it was. */
export const pairNounDropped = (text: string): string => text.replace(pairThenNoun, "$1");
