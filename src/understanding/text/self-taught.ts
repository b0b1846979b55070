/**
 * "im teaching myself python", "self teaching sql", "taught myself to code": someone teaching themselves is
 * learning, not holding a teacher's job (otherwise: "im teaching myself python, what role should i aim for"
 * asked which teaching occupation). Spelt as learning, so the question reads as "im learning python" does:
 * the roles whose sources list the skill.
 */
const selfTaughtVerbs: readonly (readonly [RegExp, string])[] = [
  [/\bteaching (?:myself|my self)\b|\bself[- ]?teaching\b/gi, "learning"],
  [/\btaught (?:myself|my self)\b/gi, "learned"],
  [/\bteach (?:myself|my self)\b|\bself[- ]?teach\b/gi, "learn"],
];

/** The question with teaching oneself said as learning: "im teaching myself python" → "im learning python". */
export const spellSelfTaught = (text: string): string =>
  selfTaughtVerbs.reduce((said, [taught, learning]) => said.replace(taught, learning), text);
