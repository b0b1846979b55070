/*
 * "how do i negotiate salary as a new grad swe", "should i negotiate my sre offer": no source covers
 * negotiating, but what a person negotiating needs from here is the role's pay at their level, to anchor
 * on; the answer says first that it holds nothing on negotiating (advisor/ask/left-aside.ts).
 */
import { namedJobs } from "../entities/entities.js";
import { payIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";
import { asksNegotiation } from "../words/question-asks.js";

/**
 * A question of negotiating pay for one role, read as a question of its pay; "should i counter" after a
 * role's pay names none, and negotiates for the thread's one role.
 */
export function negotiationRead(u: Understanding): Understanding {
  return asksNegotiation(u.text) ? asPayOfOneRole(u) : u;
}

/**
 * The question read as the pay of the one role it names, or of the thread's one role where it names none;
 * left as it is where it asks pay already or is of no one role.
 */
export function asPayOfOneRole(u: Understanding): Understanding {
  if (payIntents.has(u.intent)) return u;
  const threadOne = namedJobs(u.entities) === 0 && u.roles.length === 0 && u.threadRoles.length === 1;
  const roles = threadOne ? u.threadRoles : u.roles;
  if (roles.length !== 1) return u;
  const { from: _from, to: _to, ...rest } = u;
  return {
    ...rest,
    intent: "salary",
    confidence: 1,
    roles,
    ...(threadOne ? { inherited: [...u.inherited, "roles"] } : {}),
  };
}
