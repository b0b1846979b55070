/**
 * "is it worth it leaving coding for product management", "quit programming to do data analysis": coding
 * left for other work is the software engineer's job left, the start of a move, as "leaving swe for pm" is
 * (otherwise: "coding" was read as a skill, and the question as the other role's skills).
 */
const codingLeft =
  /\b(leav(?:e|ing)|left|quit(?:ting)?|giv(?:e|ing) up(?: on)?|gave up(?: on)?|walk(?:ing)? away from|get(?:ting)? out of|mov(?:e|ing) away from)\s+(?:coding|programming)(?=\s+(?:for|to|and|into)\b)/gi;

/** The question with coding left said as the software engineer's job left. */
export const spellCodingLeft = (text: string): string => text.replace(codingLeft, "$1 software engineering");
