import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Answer } from "../answers.js";
import {
  alias,
  listed,
  possessive,
  relatedRolesOf,
  roleCitations,
  rolesNamed,
} from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";

/*
 * "whats the usual step in between" after a move from IT Support Specialist to Site Reliability Engineer:
 * which roles lie between the move's start and its end. No source lays out a ladder from one role to
 * another, so none is made up: the roles between are those the knowledge ties to both sides (listed as
 * related to each, in either role's file) and those the end's own path names as ways into it, each said
 * with why it was chosen; where there are none, that is said, with the move itself to ask.
 */

/** At most this many roles between are named. */
const mostNamed = 3;

/** Whether the knowledge lists two roles as related, in either one's file. */
const relatedTo = (kb: KnowledgeBase, a: Role, b: Role) =>
  relatedRolesOf(kb, a).includes(b) || relatedRolesOf(kb, b).includes(a);

/** The roles between a move's start and its end, each with why it is between them. */
function rolesBetween(kb: KnowledgeBase, from: Role, to: Role): { role: Role; why: string[] }[] {
  const others = kb.knowledge.roles.filter((r) => r !== from && r !== to);
  const intoEnd = new Set(rolesNamed(kb, to.path.into));
  return others
    .map((role) => ({
      role,
      why: [
        ...(relatedTo(kb, role, from) && relatedTo(kb, role, to)
          ? [`the knowledge lists it as related to both ${from.name} and ${to.name}`]
          : []),
        ...(intoEnd.has(role) ? [`${possessive(to.name)} career path names it as a way in`] : []),
      ],
    }))
    .filter((b) => b.why.length > 0)
    .sort((a, b) => b.why.length - a.why.length)
    .slice(0, mostNamed);
}

/** Which roles lie between a move's start and its end, as far as the knowledge says, and how they were chosen. */
export function stepBetweenAnswer(kb: KnowledgeBase, q: string, from: Role, to: Role): Answer {
  const between = rolesBetween(kb, from, to);
  const [first] = between;
  if (!first)
    return factAnswer(
      q,
      `The knowledge names no role between ${from.name} and ${to.name}.`,
      [
        `No role is listed as related to both, and ${possessive(to.name)} career path names no way in that is a role here, so I won't make up a step.`,
        "Ask the move itself for its pay, outlook and what to learn.",
      ],
      [],
      [`gap ${alias(from)} to ${alias(to)}`],
    );
  return factAnswer(
    q,
    `Between ${from.name} and ${to.name}, the knowledge points to ${listed(between.map((b) => b.role.name))}:`,
    [
      ...between.map((b) => `${b.role.name}: ${b.why.join("; ")}.`),
      `No source lays out a set ladder from ${from.name} to ${to.name}: these roles are chosen only as said, none is a required step.`,
    ],
    [...roleCitations(kb, to), ...between.flatMap((b) => roleCitations(kb, b.role))],
    [
      `gap ${alias(from)} to ${alias(first.role)}`,
      `gap ${alias(first.role)} to ${alias(to)}`,
      `role ${alias(first.role)}`,
    ],
  );
}
