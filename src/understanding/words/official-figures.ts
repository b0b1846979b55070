/*
 * The official figures (the Bureau of Labor Statistics', O*NET's, the government's) named as what a question
 * asks for or asks about: "what does bls say", "according to the bls", "official numbers", "bls data".
 */

/** The official bodies by the names people give them: "bls", "the bureau of labor statistics", "o*net". */
export const officialBody = String.raw`(?:the )?(?:bls|bureau of labou?r statistics|o\*?net|oews|government|govt)`;

/** The bodies that publish figures, where "from the government" might be an employer ("an offer from the government"). */
const statisticsBody = String.raw`(?:the )?(?:bls|bureau of labou?r statistics|o\*?net|oews)`;

/**
 * "what does bls say", "what do the government figures show", "according to bls", "nurse pay per bls",
 * "official numbers", "bls data for devops": the official figures asked for, by their body or by the word.
 */
export const officialFiguresAsked = new RegExp(
  String.raw`\bwhat (?:does|do|did|would) ${officialBody} (?:say|says|show|shows|have|has|report|reports|list|give|put)\b|\baccording to ${officialBody}\b|\b(?:per|from|by) ${statisticsBody}\W*$|\b(?:bls|official|government|govt|oews) (?:figures?|numbers?|data|stats?|statistics|estimates?|wages?|pay|salar(?:y|ies)|medians?)\b`,
  "i",
);
