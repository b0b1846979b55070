import type { Role } from "../../knowledge/core/schema.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";

/*
 * "accountant 8 yrs here, thinking of moving into data science or product management": a move from an
 * occupation to one of two options named is weighed for the first; the other is said first, with how to ask
 * for it, so that it is not seen as dropped.
 */

/** The move's answer with the options it does not weigh said first. */
export function withOtherOptionsSaid(answer: Answer, u: Understanding, to: Role, typed: string): Answer {
  if (answer.kind !== "gap") return answer;
  const others = u.entities.roles.filter((r) => r !== to && r !== u.from);
  if (others.length === 0) return answer;
  const names = others.map((r) => r.name).join(" and ");
  const [first] = others;
  const line = `You named ${names} too: this answer weighs the move to ${to.name}; ask “${typed} to ${first?.name.toLowerCase()}?” for ${others.length > 1 ? "another" : "that one"}.`;
  return { ...answer, note: answer.note ? `${line} ${answer.note}` : line };
}
