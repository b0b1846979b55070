/*
 * "is ml realistic for bootcamp grads or is that only phd people", "can you get into data science with just
 * a bootcamp": the schooling someone comes with, weighed for one role, asks that role's education (the
 * degrees its sources and BLS give), whatever the words around it lean the classifier to (its soft skills,
 * its outlook, what it does).
 */
import type { Intent } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";

/** Kinds of schooling people weigh for a role: a bootcamp, a degree, a doctorate. */
const schooling =
  /\b(?:boot ?camps?|phds?|ph\.d|doctorates?|masters?|master's|bachelors?|bachelor's|degrees?|self[- ]taught|grads?|graduates?)\b/i;

/**
 * Words that weigh whether it is enough or needed: "realistic for", "only", "possible with", "just". Not
 * hiring: "how many openings, nobody hires new grads" asks the outlook.
 */
const weighed =
  /\b(?:realistic|possible|doable|feasible|only|just|enough|need(?:ed|s)?|require[ds]?|chance|shot)\b/i;

/** Readings the words lean the classifier to that ask nothing of the role's schooling. */
const leanedTo: ReadonlySet<Intent> = new Set<Intent>([
  "softSkill",
  "outlook",
  "responsibilities",
  "followUp",
  "definition",
  "offTopic",
]);

/** The question read as the one role's education, where it weighs schooling for that role. */
export function schoolingWeighedRead(u: Understanding): Understanding {
  const [role] = u.roles;
  if (!role || u.roles.length !== 1 || u.from || u.fromOccupation || u.entities.uncovered.length > 0)
    return u;
  if (!leanedTo.has(u.intent) || !schooling.test(u.text) || !weighed.test(u.text)) return u;
  return { ...u, intent: "education", confidence: 1 };
}
