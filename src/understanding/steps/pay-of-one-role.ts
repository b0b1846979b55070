/*
 * A question asked of one role's pay in other words (negotiating an offer, how pay rises with the years): read
 * as that role's pay, the thread's one role where the question names none.
 */
import { namedJobs } from "../entities/entities.js";
import { payIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";

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
  // "SRE offer at Datadog nyc, what should I ask for": the employer named is the pay's, as in any pay question.
  const employer = u.company ?? u.entities.employers[0];
  const employed =
    employer && !u.company ? { company: employer, entities: { ...u.entities, company: employer } } : {};
  return {
    ...rest,
    ...employed,
    intent: "salary",
    confidence: 1,
    roles,
    ...(threadOne ? { inherited: [...u.inherited, "roles"] } : {}),
  };
}
