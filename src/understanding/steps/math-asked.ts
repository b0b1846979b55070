/*
 * "can i hack it as a swe without a math background", "is calculus needed for mle", "im bad at math, can i
 * still become a devops engineer": whether a role needs math, asked of one role in words other than a
 * question of its skills. Read as its education with the math asked (`mathAsked`), so that the answer says
 * first what the role's sources say of math (the skills and lines naming mathematics, statistics, linear
 * algebra, calculus) or that they say nothing of it, then the education. Without it, the education came
 * with no word on math, and "is calculus needed for mle" was read as its outlook.
 */
import { escapeRegExp } from "../../knowledge/core/text.js";
import type { Intent } from "../intent/intents.js";
import { skillIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";

/** The kind of skill (language/skill-kinds.yaml) whose words name math: math, maths, calculus, statistic… */
const mathKind = "math";

/**
 * Readings a question of needing math for a role is taken for, besides its skills (whose answer gives the
 * kind of skill named already): its education, the way in, what it does,
 * and the guesses the words lean the classifier to. Pay, comparisons and moves keep their answers.
 */
const readAsEducation: ReadonlySet<Intent> = new Set<Intent>([
  "education",
  "experience",
  "gettingStarted",
  "responsibilities",
  "outlook",
  "softSkill",
  "definition",
  "followUp",
]);

/**
 * Whether the math named is asked as a need ("do i need math", "without a math background", "bad at
 * maths", "is calculus needed", "how much statistics"), not named as what one does ("been teaching hs math
 * for 10 yrs, could i move into data analytics" asks the move).
 */
function asNeed(text: string, words: readonly string[]): boolean {
  const math = `(?:${words.map(escapeRegExp).join("|")})s?`;
  const before =
    "need|needs|needed|require|requires|required|necessary|without|no|bad at|good at|great at|weak at|weak in|strong in|strong at|terrible at|suck at|struggle with|hate|enough|how much|lots of|a lot of|heavy on";
  const after = "background|needed|required|necessary|heavy|important|a must|essential|skills";
  return new RegExp(
    `\\b(?:${before})\\b[^.?!,;]{0,25}\\b${math}\\b|\\b${math}\\b[^.?!,;]{0,20}\\b(?:${after})\\b`,
    "i",
  ).test(text);
}

/** The question read as the one role's education with its math asked, where it asks of math for the role. */
export function mathAskedRead(u: Understanding): Understanding {
  const e = u.entities;
  const [role] = u.roles;
  if (e.skillKind?.id !== mathKind || !role || u.roles.length !== 1 || e.uncovered.length > 0) return u;
  if (!asNeed(u.text, e.skillKind.words)) return u;
  // "data analyst to data scientist, how much math": a move between roles is weighed in the move's answer.
  if (u.from || u.fromOccupation || (u.to && u.to !== role)) return u;
  // "do i need to be good at maths to be a data scientist": skills asked of becoming one are its way in,
  // whose answer would give its duties; asked of the role as it is, its skills of the kind answer them.
  const becoming = skillIntents.has(u.intent) && u.to === role;
  if (!readAsEducation.has(u.intent) && !becoming) return u;
  const { from: _from, to: _to, ...rest } = u;
  return { ...rest, intent: "education", confidence: 1, mathAsked: true };
}
