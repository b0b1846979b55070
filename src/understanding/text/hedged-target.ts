/**
 * "how do i get to something like a principal applied scientist", "could i become sort of a data analyst":
 * a hedge between a word of going and the job says the job is roughly where the move leads, no less a move
 * to it. Left as is, "something like" stood between the marker and the role, so no move was read and the
 * answer gave the role held's duties. A job said without its article is hedged alike ("could i get into
 * something like systems analyst from that", r73: read as the way in, not the move from the job held);
 * "something like that" points back, and stays.
 */
const hedgedAfterGoing =
  /\b(to|into|become|becoming|be|being|as)\s+(?:something|somewhere|anything)\s+(?:like|along the lines of)\s+(?!(?:that|this|it|those|these|them)\b)(?=[a-z])/gi;

/** The hedge dropped: "get to something like a principal" → "get to a principal". */
export function spellHedgedTarget(text: string): string {
  return text.replace(hedgedAfterGoing, "$1 ");
}
