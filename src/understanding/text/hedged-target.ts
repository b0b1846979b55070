/**
 * "how do i get to something like a principal applied scientist", "could i become sort of a data analyst":
 * a hedge between a word of going and the job says the job is roughly where the move leads, no less a move
 * to it. Left as is, "something like" stood between the marker and the role, so no move was read and the
 * answer gave the role held's duties.
 */
const hedgedAfterGoing =
  /\b(to|into|become|becoming|be|being|as)\s+(?:something|somewhere|anything)\s+(?:like|along the lines of)\s+(?=(?:an?|the)\b)/gi;

/** The hedge dropped: "get to something like a principal" → "get to a principal". */
export function spellHedgedTarget(text: string): string {
  return text.replace(hedgedAfterGoing, "$1 ");
}
