/*
 * "what would i need to learn, i know python and sql already", "im decent at bash": skills the asker says
 * they have are where they stand, not skills asked about. Read as asked, the answer checked whether the
 * role needs them ("Python and SQL for a Machine Learning Engineer") instead of saying what is left to learn.
 */

/** The words that say the asker has a skill: "i know", "im decent at", "i'm comfortable with". */
const haveSkill =
  /\b(?:i|im|i'm|i am|ive|i've)\s+(?:already\s+|also\s+|pretty\s+|really\s+|fairly\s+|quite\s+)?(?:know|knew|decent (?:at|with)|good (?:at|with)|solid (?:at|in|with)|strong (?:at|in|with)|comfortable (?:with|in)|familiar with|fluent in|proficient (?:at|in|with))\b|\b(?:need|learn) on top of\b/gi;

/**
 * Where what is known stops: the end of a sentence, or a comma before the question goes on ("i know sql,
 * what else"), so a list of skills ("python, sql and bash") stays one.
 */
const clauseEnd =
  /[.?!;]|,\s*(?=(?:what|how|which|where|why|when|do|does|should|is|are|can|could|would|will|but|so|any|i|im)\b)/i;

/**
 * The stretches of the question where the asker says what they know, in lower case; "what would i need on
 * top of sql" says so too.
 */
export function knownClauses(text: string): string[] {
  return [...text.matchAll(haveSkill)].map((m) => {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const end = after.search(clauseEnd);
    return (end < 0 ? after : after.slice(0, end)).toLowerCase();
  });
}

/** The skills named (as written in the knowledge) that the question says the asker already knows. */
export function skillsSaidKnown(text: string, skills: readonly string[]): string[] {
  const clauses = knownClauses(text);
  if (clauses.length === 0) return [];
  const named = (clause: string, skill: string) =>
    new RegExp(
      `(?:^|[^a-z0-9])${skill.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9])`,
    ).test(clause);
  return skills.filter((s) => clauses.some((c) => named(c, s)));
}

/**
 * Words that set a skill aside from what is asked: "skills for ml — not research", "besides python",
 * "other than sql, the engineering side". "not" only after a mark or "but" ("why not python" asks of it).
 * Then the one to four words named, up to a mark or the message's end, with "side" or "stuff" after them
 * allowed. Not "not" of doubt: "skills for data engineer but not sure python is enough?" asks of python.
 */
const setAsideSkill =
  /(?:(?<=(?:[,;:(—–]|\s-+|\bbut)\s*)not(?!\s+(?:sure|certain|positive|convinced|clear|confident)\b)|\b(?:besides|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from))\s+(?:(?:the|just|only|really|much)\s+)?((?:[a-z0-9+#.]+\s+){0,3}?[a-z0-9+#]+)(?:\s+(?:side|part|stuff|bit|track|route))?\s*(?=[,;:!?)—–]|\.(?:\s|$)|\s-+\s|$)/gi;

/** The stretches of the question naming what is set aside from the skills asked, in lower case. */
export function setAsideClauses(text: string): string[] {
  return [...text.matchAll(setAsideSkill)].map((m) => (m[1] ?? "").toLowerCase());
}
