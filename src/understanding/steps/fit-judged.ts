/*
 * A role weighed as a fit for someone who dislikes a subject or is weak at it ("is ml a good career for
 * someone who hates math"): read as the role's skills, what it needs, whatever reading the words leaned to
 * (its outlook, or its education with math asked). The answer says first that no source judges the fit.
 */
import type { Intent } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";
import { dislikedSubjectFit } from "../words/fit-judged.js";

/** Readings of one role such a question is taken for, besides its skills: pay, comparisons and moves keep theirs. */
const readAsSkills: ReadonlySet<Intent> = new Set<Intent>([
  "outlook",
  "education",
  "experience",
  "gettingStarted",
  "responsibilities",
  "definition",
  "followUp",
  "softSkill",
  "tools",
]);

/** The question read as the one role's skills, where it weighs the role for someone who dislikes a subject. */
export function fitJudgedRead(u: Understanding): Understanding {
  if (u.roles.length !== 1 || !readAsSkills.has(u.intent) || !dislikedSubjectFit(u.text)) return u;
  if (u.from || u.fromOccupation || u.entities.uncovered.length > 0) return u;
  const { mathAsked: _math, to: _to, ...rest } = u;
  return { ...rest, intent: "skills", confidence: 1 };
}
