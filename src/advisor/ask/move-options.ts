/** Several roles weighed as the next step from one held: the options compared, with the move to each. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/understanding.js";
import type { Answer } from "../answers.js";
import { optionsFrom } from "../options-from.js";

/** Words of weighing where to go next: "thinking devops or sre next", "should i aim for…". */
const movingOn = /\b(next|thinking|aim|aiming|go for|going for|pick|choose|switch|move|moving|should i)\b/i;

/**
 * "sre, devops or cloud architect from sysadmin": the roles a move could lead to, compared, with the move
 * to each from where it starts as buttons; undefined when the question names no start beside two options.
 */
export function moveOptions(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  // "i work as a qa analyst" then "thinking devops or sre next": the thread's role is where they start.
  const [held] = u.threadRoles;
  const fromThread =
    held && u.threadRoles.length === 1 && !u.entities.roles.includes(held) && movingOn.test(u.text)
      ? held
      : undefined;
  const from = u.from && u.roles.includes(u.from) ? u.from : fromThread;
  const targets = u.entities.roles.filter((r) => r !== from).slice(0, 3);
  return from && targets.length >= 2 ? optionsFrom(kb, from, targets) : undefined;
}
