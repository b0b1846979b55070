/*
 * A job named as a step one may skip on the way to another: "can i become a devops engineer without being a
 * dba first", "do i need to be a sysadmin before devops". The question asks whether that step is needed,
 * the way into the other job; the step is no job held and no side of a move (otherwise: read as a move
 * from DBA, or reversed, from DevOps to System Administrator).
 */

/** Words that say a job is gone without: "without being a dba", "without having been a data analyst". */
const withoutLeads = [
  ["without", "being"],
  ["without", "having", "been"],
  ["without", "working", "as"],
  ["without", "starting", "as"],
];

/** Words that ask whether a job must come first: "do i need to be", "do i have to be", "must i be". */
const needLeads = [
  ["need", "to", "be"],
  ["have", "to", "be"],
  ["must", "i", "be"],
  ["necessary", "to", "be"],
  ["required", "to", "be"],
];

/** Words that end the step: "first", "before …", "beforehand". */
const stepEnds = new Set(["first", "before", "beforehand"]);
const articles = new Set(["a", "an"]);
/** Words that never stand inside a job's name as people type it here: "good at maths", "fluent in python". */
const prepositions = new Set(["at", "in", "with", "on", "of", "for"]);
/** The most words a job's name takes. */
const longestName = 5;

/** Where the words of `lead` end if they stand at `i`. */
const leadEnd = (tokens: readonly string[], i: number, lead: readonly string[]) =>
  lead.every((w, k) => tokens[i + k] === w) ? i + lead.length : -1;

/**
 * The indices of the words that name a step said as skippable: after "without being (a)", up to "first",
 * "before" or the end; after "do i need to be (a)", up to "first" or "before" with more words after it,
 * so that "do i need to be a sysadmin first" alone stays a question about being one.
 */
export function skippedStepWords(tokens: readonly string[]): number[] {
  const found: number[] = [];
  tokens.forEach((_, i) => {
    for (const [leads, needsMore] of [
      [withoutLeads, false],
      [needLeads, true],
    ] as const) {
      for (const lead of leads) {
        let start = leadEnd(tokens, i, lead);
        if (start < 0) continue;
        if (articles.has(tokens[start] ?? "")) start += 1;
        let end = start;
        while (end < tokens.length && end - start < longestName && !stepEnds.has(tokens[end] ?? "")) end += 1;
        // "without being good at maths": a preposition says a quality or a skill, no job's name.
        const plainName = tokens.slice(start, end).every((w) => !prepositions.has(w));
        const ended = plainName && (stepEnds.has(tokens[end] ?? "") || (!needsMore && end === tokens.length));
        const more = end + 1 < tokens.length;
        if (end > start && ended && (!needsMore || more)) for (let k = start; k < end; k++) found.push(k);
      }
    }
  });
  return found;
}
