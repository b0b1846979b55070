import type { Understanding } from "../shape/understanding.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { stepBetweenAsked } from "../words/step-between.js";

/*
 * "whats the usual step in between", "is there an intermediate role", "any stepping stone?" after a move
 * between two roles, or "it support to sre, whats the step in between" in one message: which roles lie
 * between the move's start and its end. Read as the move alone, it gave the move's answer again. A role
 * named that is neither side ("would data engineer be a stepping stone first") is a step weighed, the move
 * into it (`stepTowardMoveEnd`), and keeps that reading.
 */

/** The move read as asking which roles lie between its two sides. */
export function stepBetweenRead(u: Understanding, context: ConversationContext | undefined): Understanding {
  const { from, to } = u;
  if (u.intent !== "gap" || !from || !to || from === to || !stepBetweenAsked(u.text)) return u;
  const sides = [from.id, to.id];
  const namedBoth = u.entities.from === from && u.entities.to === to;
  const threadMove = context?.intent === "gap" && sides.every((id) => context.roles.includes(id));
  const newRole = u.entities.roles.some((r) => r !== from && r !== to);
  if (newRole || !(namedBoth || threadMove)) return u;
  // "is there an intermediate role": "intermediate" says between, no level of pay.
  const { level: _level, ...entities } = u.entities;
  const { level: _asked, ...read } = u;
  return { ...read, entities, stepBetween: true };
}
