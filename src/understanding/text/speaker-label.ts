/*
 * "Recruiter: "Senior SRE, 175k base" — is that good??", "> hiring manager: we can do 140k": a line pasted
 * with who said it as its label. The label is who spoke, as "the recruiter said" is, not a job asked about
 * (read as a job, the recruiter's own figures were answered, the SRE only set beside them).
 */

/**
 * Who labels a pasted line: the people who hire, at a line's start (past a quote's mark), before a colon;
 * then what they said, in quotation marks, quoted, or naming an amount ("175k", "$140,000"). Not "recruiter: salary?",
 * nor "recruiter: how much do they make with 5 years experience?" (a count, no amount): they ask of the
 * recruiter's own pay.
 */
const speakers = "recruiter|headhunter|sourcer|hiring manager|hr|hr rep|talent partner|interviewer";
const speakerLabel = new RegExp(
  String.raw`^(\s*(?:>|&gt;)?\s*)(?:the\s+)?(${speakers})\s*:\s*(?=["“'‘]|.*(?:\$\s?\d|\d\s?k\b|\d{2,3},\d{3}))`,
  "gim",
);

/** The same label on a quoted line, whatever follows it: a quote's words are someone else's. */
const quotedLabel = new RegExp(String.raw`^(\s*(?:>|&gt;)\s*)(?:the\s+)?(${speakers})\s*:\s*`, "gim");

/** The message with each such label said as who spoke: "recruiter said …". */
export const spellSpeakerLabel = (text: string): string =>
  text
    .replace(speakerLabel, (_label, lead: string, who: string) => `${lead}${who} said `)
    .replace(quotedLabel, (_label, lead: string, who: string) => `${lead}${who} said `);
