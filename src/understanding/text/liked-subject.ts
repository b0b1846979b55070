/**
 * "which one should i pick if i like stats", "i love stats, which suits me": what a person likes, said of
 * themselves. "stats" is also a word for figures ("salary stats", "stats on ml demand"), so it is spelt
 * out as statistics, the skill, only where a word of liking governs it; elsewhere it stays as typed.
 */

/** "i like", "i'm really into", "im good at": oneself, then a word of liking or being good at something. */
export const likedBySelf = /\bi(?:'m| am|m)?\s+(?:really\s+)?(?:like|love|enjoy|good at|great at|into)\b/i;

/**
 * A liking word, up to three words of what is liked ("i like math and stats", "i love doing stats"), then
 * "stats". Stops at a clause's end, so "i like it, show me salary stats" keeps its figures; "i'd like the
 * stats" is a wish for figures, no liking.
 */
const statsLiked =
  /(?<!\b(?:would|i'?d|we'?d)\s+(?:really\s+)?)(\b(?:likes?|liked|loves?|loved|enjoys?|enjoyed|into|good at|great at)\b(?:\s+[a-z&]+){0,3}?\s+)stats\b/gi;

/** The text with "stats" spelt out as "statistics" where a liking word governs it; else as it was. */
export const spellStatsLiked = (text: string): string => text.replace(statsLiked, "$1statistics");
