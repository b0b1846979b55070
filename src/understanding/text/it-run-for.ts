/*
 * "i run IT for a 40 person dental office", "i handle it for a 12 person accounting firm": someone who runs a
 * small organization's IT, said by the verb and the organization, is its system administrator, the one job
 * that does all of it. Said so, the organization was read as a title ("person dental office") and the asker
 * was answered as a dentist's office, or asked which IT role.
 */

/** Verbs of running the IT of a place: "run", "do", "handle", "manage", "look after", "take care of". */
const runVerbs =
  "(?:run|runs|running|do|does|doing|handle|handles|handling|manage|manages|managing|look after|looks after|looking after|take care of|takes care of|taking care of|cover|covers|covering|own|owns)";

/** Organizations whose IT one person runs: the noun ends the phrase ("a small law firm", "our clinic"). */
const organizations =
  "(?:office|offices|firm|practice|clinic|company|business|shop|store|school|nonprofit|non-profit|charity|church|agency|startup|dealership|restaurant|hotel|warehouse|plant|factory|lab|studio|family business|org|organization|organisation)";

/**
 * The asker ("i", "i've been", "i basically") running IT for or at an organization of one to five words; the
 * field in capitals, or lower case "it" where the organization follows, which no pronoun's object does.
 */
const runsItFor = new RegExp(
  String.raw`\b(i(?:'m| am|m)?|i've been|ive been)(\s+(?:basically|just|kind of|kinda|pretty much|currently|now|also|still)){0,2}\s+${runVerbs}\s+(?:all (?:the|of the)\s+)?(?:it|IT)\s+((?:for|at)\s+(?:a|an|the|our|my|this)\s+(?:[\w-]+\s+){0,4}${organizations})\b`,
  "gi",
);

/** The question with running an organization's IT said as being its system administrator. */
export const spellItRunFor = (text: string): string =>
  text.replace(runsItFor, "i am the system administrator $3");
