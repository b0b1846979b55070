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

/** Who the advisor is, said by the one asking: "you", "u", "your", "this bot". */
const advisor = "(?:you|u|ya|your|ur|yours|the bot|this bot|the bot's|this bot's|this app)";

/** What the advisor's figures are called: "numbers", "salary data", "pay figures", "info". */
const figures =
  "(?:(?:salary|pay|wage|job|career|market) )?(?:data|figures|numbers|stats|statistics|info|information|salaries|salary|pay)";

/**
 * "where do your salary numbers come from", "where do you get your data", "what are your sources", "what
 * sources do you use", "how reliable is your data", "can i trust your numbers": where the advisor's figures
 * come from as a whole, asked of it, not of one answer ("where's that from").
 */
const ownSourcesAsked = new RegExp(
  String.raw`\bwhere (?:do|does|did|are|is) ${advisor}(?: \w+){0,2} ${figures} (?:come|came|coming|from)\b|\bwhere (?:do|did|does) ${advisor} (?:get|got|find|pull|source|take) (?:(?:your|ur|its|the|all|these|those|this|that|all the) )?${figures}\b|\bwhat (?:are|is|were) ${advisor} (?:data )?sources?\b|\b(?:what|which) sources? (?:do|does|did) ${advisor} (?:use|cite|rely on|draw on)\b|\bhow (?:reliable|accurate|trustworthy|good|up to date|current|recent|legit) (?:is|are) ${advisor} ${figures}\b|\bcan (?:i|we) trust ${advisor} ${figures}\b`,
  "i",
);

/** Whether a question asks where the advisor's figures come from as a whole. */
export const advisorSourcesAsked = (text: string) => ownSourcesAsked.test(text);
