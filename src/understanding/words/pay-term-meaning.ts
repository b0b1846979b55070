/*
 * "what is ctc", "what does tc mean", "total comp meaning": what a term of pay means, not a role's figure.
 * CTC ("cost to company", as Indian job offers state pay) is read as total compensation before this
 * (chat-shorthand.ts), so each of these terms reaches here as one of total compensation's names.
 */

/** The names of total compensation as read: "total compensation" (CTC spelt out), "total comp", "tc". */
const term = "(?:total comp(?:ensation)?|tc)";

/** The term with a word of meaning: "what does tc mean", "total compensation meaning", "define tc". */
const meaningAsked = new RegExp(
  String.raw`\b${term}\b.*\b(?:mean|means|meaning|stand for|stands for|short for|definition)\b|\b(?:define|meaning of|definition of)\s+${term}\b`,
  "i",
);

/**
 * The term alone after "what is": "what is ctc", "whats tc?". Not "what's the total comp", which asks a figure
 * (of the thread's role).
 */
const termAlone = new RegExp(String.raw`^\s*(?:what(?:'s|s| is)|wat is)\s+(?:a |an )?${term}\s*\??\s*$`, "i");

/**
 * Whether a question asks what total compensation (or CTC, or TC) means: with a word of meaning, or the term
 * alone after "what is" where no role is about (with one, "what is tc" asks its figure).
 */
export function payTermMeaningAsked(question: string, roleAbout: boolean): boolean {
  return meaningAsked.test(question) || (!roleAbout && termAlone.test(question));
}
