/**
 * "what does an IT manager at a hospital system pull in", "how much do linemen rake in", "what does a dba
 * bring home in chicago": an idiom for earning, asked of someone by "what" or "how much" and its auxiliary,
 * says "make" and nothing more. Spelt so, the pay readings and the classifier see the verb they know; left,
 * the question read as the role's duties. Not "pull in data from apis": an object after the idiom is what
 * is pulled in, no pay; nor what one brings to a team ("what does a pm bring in for a team"), nor a thing
 * to carry along after "need to" ("what do i need to bring in for my first day").
 */
const earningIdiom =
  /\b((?:what|how much)\s+(?:do|does|did|would|will|can|could)\s+(?:[\w'’-]+\s+){1,8}?)(?<!\bto\s+)(?:pull|rake|bring)\s+(?:in|home)\b(?!\s+(?:from|terms|data|new|the|a|an|more|to|as|on|with|by)\b)(?!\s+for\s+(?:a|an|the|my|your|our|their|his|her|any)\s+(?:team|company|business|org|organi[sz]ation|employer|firm|project|client|first)\b)/gi;

/** The question with an idiom for earning, asked of someone, spelt "make". */
export const spellEarningIdiom = (text: string): string => text.replace(earningIdiom, "$1make");
