/*
 * "what does an ml person actually do that a data analyst doesnt": the work of one role set against
 * another's, what the first does and the second does not. Read as what a role does, only the first role's
 * duties were given, though both were named; the answer is the two set side by side, each one's work shown.
 */
import type { Understanding } from "../shape/understanding.js";

/**
 * "do that a xrole doesnt", "does that xroles don't", "do that a xrole can't": the work of a role named
 * after it denied. Read in the masked words, where a role's name is "xrole".
 */
const doneThatOtherNot =
  /\bdo(?:es)? (?:\w+ )?that (?:a |an |the )?xroles? (?:\w+ )?(?:doesnt|does not|doesn t|dont|do not|don t|cant|cannot|can t|wont|won t|isnt|arent)\b/;

/** What one role does asked against another role's work: the two compared. */
export function workContrastedRead(u: Understanding): Understanding {
  if (u.intent !== "responsibilities" || u.roles.length !== 2) return u;
  if (!doneThatOtherNot.test(u.entities.masked.join(" "))) return u;
  return { ...u, intent: "compare", confidence: 1 };
}
