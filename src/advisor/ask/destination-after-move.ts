/**
 * "should i move from retail into it support", then "is it worth it if i want to end up in cloud
 * eventually": where someone wants to end up after the role the thread's move leads to is a destination
 * beyond that move, not the move asked again. Whether it is worth it no source judges; the knowledge's
 * links show the way on from the move's end to the roles of that destination (otherwise: the same move
 * answered again, the destination left out).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { alias, roleCitations } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";
import { wayBetween } from "../roles/way-between.js";
import { fieldAfterRole } from "./ask-back.js";

/**
 * "end up in cloud", "eventually", "long term", "down the line": a place further on than the next step. Not
 * "after that", which names the next move itself ("what about going to sysadmin after that").
 */
const laterSaid =
  /\b(?:end(?:ing)? up|eventually|ultimately|long[- ]?term|in the long run|down the (?:line|road)|one day|someday)\b/i;

/** "a better long term target", "a worse bet long term": another end weighed against the move's. */
const weighedAgainstEnd =
  /\b(?:better|worse|smarter) (?:long[- ]?term )?(?:target|bet|goal|option|choice|move|path)\b/i;

/** "is it worth it", "worth the effort?", "good idea?": the move weighed whole, which no source judges. */
const worthAsked = /\bworth (?:it|the (?:effort|switch|move|jump|risk|time|trouble))\b|\bgood idea\b/i;

/**
 * Where the thread's move leads: its one role ("from retail into it support"), or, after a move between
 * two roles, the end the question reads from the thread. Not a role the message names anew ("long term i
 * want to be a cloud architect"): that is where it wants to end up.
 */
function moveEnd(u: Understanding): Role | undefined {
  const [only, ...more] = u.threadRoles;
  if (only && more.length === 0) return only;
  return u.to && u.threadRoles.includes(u.to) ? u.to : undefined;
}

/** The roles a message names as where it wants to end up: a field's ("in cloud"), or roles named. */
function destinations(
  kb: KnowledgeBase,
  u: Understanding,
  to: Role,
): { said: string; roles: Role[] } | undefined {
  const named = u.entities.roles.filter((r) => r !== to);
  if (named.length > 0) return { said: named.map((r) => r.name).join(" or "), roles: named };
  const field = fieldAfterRole(kb, u.text, to);
  return field ? { said: field.word, roles: field.roles } : undefined;
}

/**
 * In a thread on a move, a message that says where it wants to end up later ("if i want to end up in cloud
 * eventually"): that no source judges whether the move is worth it (where asked), then the way from the
 * move's end to each role of that destination through the knowledge's links, with each move as a button.
 */
export function destinationAfterMove(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (u.threadIntent !== "gap" || !laterSaid.test(u.text)) return undefined;
  const to = moveEnd(u);
  // "what about qa engineer vs devops engineer long term" after a move into QA: the move's end named beside
  // another role weighs the two side by side over the years, which the question's own reading answers; it
  // is no place further on.
  if (to && u.entities.roles.length >= 2 && u.entities.roles.includes(to)) return undefined;
  // "would ml be a better long term target tho": a role said to be a better (or worse) target than the
  // move's end is weighed against it, as a comparison, not a place further on past it.
  if (weighedAgainstEnd.test(u.text)) return undefined;
  const whereTo = to ? destinations(kb, u, to) : undefined;
  if (!to || !whereTo) return undefined;
  const worth = worthAsked.test(u.text)
    ? [
        `No source judges whether the move to ${to.name} is worth it for you: that turns on what you want from it. What the knowledge shows of the way on from ${to.name} toward ${whereTo.said} is below.`,
      ]
    : [];
  const ways = whereTo.roles.slice(0, 5).map((end) => ({ end, way: wayBetween(kb, to, end) }));
  const lines = ways.map(({ end, way }) =>
    way
      ? `To ${end.name}: ${way.map((r) => r.name).join(" → ")} (each step a role the one before lists as related or as where its path goes on).`
      : `To ${end.name}: the knowledge links no way on from ${to.name} to it.`,
  );
  const answer = factAnswer(
    u.text,
    `From ${to.name} toward ${whereTo.said}:`,
    [...worth, ...lines],
    [to, ...whereTo.roles].flatMap((r) => roleCitations(kb, r)),
    ways.slice(0, 3).map(({ end }) => `gap ${alias(to)} to ${alias(end)}`),
  );
  return { ...answer, offered: ways.map(({ end }) => end.id) };
}
