/*
 * "what skills does ml need that backend doesnt", "what do data scientists need to know that data analysts
 * dont": what one role needs that another does not is the skill gap from the second to the first. Read as
 * skills, both roles' lists were given side by side (or one role checked for the other's name), and what
 * the first needs beyond the second was left to the reader.
 */
import type { Understanding } from "../shape/understanding.js";

/**
 * "need that a xrole doesnt", "need to know that xroles dont", "needs that the xrole doesn't have": what a
 * role needs, then another role named after it denied. Read in the masked words, where a role's name is "xrole".
 */
const neededThatOtherNot =
  /\bneeds? (?:\w+ ){0,2}that (?:a |an |the )?xroles? (?:\w+ )?(?:doesnt|does not|doesn t|dont|do not|don t)\b/;

/** What one role needs asked against another's: the gap from the second role to the first. */
export function needsContrastedRead(u: Understanding): Understanding {
  const { roles, masked } = u.entities;
  if (roles.length !== 2 || u.from || u.to || !neededThatOtherNot.test(masked.join(" "))) return u;
  const [to, from] = roles as [(typeof roles)[0], (typeof roles)[0]];
  if (to === from) return u;
  return { ...u, intent: "gap", confidence: 1, roles: [from, to], from, to };
}
