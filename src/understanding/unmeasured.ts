import { opinionAsked } from "./thread-rules.js";
import { workLifeAsked } from "./work-life.js";

/*
 * What people weigh jobs by that no source holds a figure or a word on: working life (hours, work-life
 * balance, on-call…) and how the work feels (stressful, fun). A ranking asked by one of these is no
 * ranking by pay or growth.
 */

/** What a question weighs jobs by that no source measures, in words for the answer; undefined if none. */
export function unmeasuredAsked(question: string): string | undefined {
  const life = workLifeAsked(question);
  if (life.length > 0)
    return life.length === 1 ? life[0] : `${life.slice(0, -1).join(", ")} and ${life.at(-1)}`;
  const opinion = opinionAsked(question);
  return opinion ? `how ${opinion} the work is` : undefined;
}

/** Words that make a question range over roles: "which role", "best IT jobs". */
const overRoles = /\b(roles?|jobs?|careers?|fields?|positions?|occupations?|professions?)\b/i;

/** Words that rank: "which", "best", "least". */
const ranks = /\b(which|best|top|most|least|highest|lowest|better|worst)\b/i;

/** Whether a question ranks roles in its words ("which IT role has the best …"), whatever its intent reads. */
export const ranksRolesInWords = (question: string) => overRoles.test(question) && ranks.test(question);
