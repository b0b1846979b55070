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

/**
 * "hr here - what do IT security analysts make?", "recruiter q: amazon's range for data engineers?", "hiring
 * manager here, what's the going rate for a senior sre": one who hires, saying who asks at the message's
 * start ("here", or "q"/"question" for the question that follows) before asking for the team or a candidate.
 * The label is who asks, not a job asked about nor the start of a move (read so, "hr" was Human Resources
 * Specialists' figures set beside the role's, or a move from them).
 */
const selfLabel = new RegExp(
  String.raw`^\s*(?:the\s+|an?\s+|(?:our|my)\s+)?(?:${speakers}|talent acquisition|people ops|comp team|compensation team)\s+(?:here|q|qq|question|ques)\b\s*[-–—:,.!]*\s*`,
  "i",
);

/**
 * Words of the asker's own move or learning after the label ("hr here, thinking of moving into data
 * analytics. what would i need to learn?"): there the label is the job held, a move's start, and stays.
 */
const ownMove =
  /\b(?:i|i'?m|i'?d|i'?ve|me|myself)\b.*\b(?:move|moving|switch|switching|transition|transitioning|pivot|pivoting|get into|getting into|break into|become|learn|learning|leave|leaving|quit|quitting|career change)\b/i;

/**
 * A move asked with no one named to make it ("recruiter here, switching into data analytics, what skills",
 * "recruiter q: thinking about becoming a data analyst, worth it?", "hr here, can hr people become data
 * analysts"): the asker's own too, the "i" left out, as it is the label's job that moves. Not one told of
 * someone else ("hiring manager here, candidate wants to switch from qa to devops").
 */
const moveAlone =
  /\b(?:move|moving|switch|switching|transition|transitioning|pivot|pivoting|get into|getting into|break into|breaking into|become|becoming|career change)\b/i;
const someoneElse =
  /\b(?:candidates?|applicants?|clients?|she|he|her|his|him|they|their|them|someone|employees?|reports?|folks|team|our|ours|hires?|coworkers?|colleagues?)\b/i;

const withoutSelfLabel = (text: string): string => {
  const label = selfLabel.exec(text);
  if (!label) return text;
  const rest = text.slice(label[0].length);
  const movesSelf = ownMove.test(rest) || (moveAlone.test(rest) && !someoneElse.test(rest));
  return rest.trim() && !movesSelf ? rest : text;
};

/** The message with each such label said as who spoke: "recruiter said …"; one who asks saying so, set aside. */
export const spellSpeakerLabel = (text: string): string =>
  withoutSelfLabel(text)
    .replace(speakerLabel, (_label, lead: string, who: string) => `${lead}${who} said `)
    .replace(quotedLabel, (_label, lead: string, who: string) => `${lead}${who} said `);
