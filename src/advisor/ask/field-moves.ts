/**
 * Moves into a field several roles share a word of ("move to cloud", "into security"), or to a name that
 * could be several roles: which of them, with the move to each as buttons.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { namedJobs } from "../../understanding/entities/entities.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer, UserContext } from "../answers.js";
import { clarify } from "../occupations/scope.js";
import { alias, listed } from "../parts/answer-parts.js";
import {
  commandFor,
  fieldAfterRole,
  fieldWordShown,
  rolesOfAWord,
  towardsField,
  whichRole,
} from "./ask-back.js";

/**
 * "sysadmin for 8 years, want to move to cloud", "network admin thinking about security": a move from the
 * role held into a field several roles share a word of; which of them, with the move to each as buttons.
 * (In a thread, "coming from software engineering" is a move into the thread's role: not this.)
 */
export function moveFromRoleIntoField(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const q = u.text;
  const [held] = e.roles;
  // "moved from data analyst to data scienist, next steps?": the move told is made, its "to" leads nowhere
  // now (misspelt, the role's first word read as a field).
  const fieldTarget =
    held && e.roles.length === 1 && !e.to && !e.reachedByMove && u.threadRoles.length === 0
      ? fieldAfterRole(kb, q, held)
      : undefined;
  // "sysadmin to cloud?": the field right after "to" or "into" is where the move leads, with no verb.
  const ledTo = fieldTarget && new RegExp(`\\b(?:to|into|2)\\s+${fieldTarget.word}\\b`, "i").test(q);
  if (
    !(held && fieldTarget && (e.moving || e.weighing || u.intent === "gap" || towardsField.test(q) || ledTo))
  )
    return undefined;
  return clarify(
    `Which ${fieldWordShown(fieldTarget)} role do you want to move to from ${held.name}? Pick one:`,
    fieldTarget.roles.slice(0, 5).map((r) => `gap ${alias(held)} to ${alias(r)}`),
    fieldTarget.roles.slice(0, 5).map((r) => r.id),
  );
}

/**
 * "been a teacher 8 yrs, thinking abt going into data", "nurse wanting to go into security": a move from an
 * occupation outside the roles into a field several roles share a word of; which of them, the occupation
 * kept as where it starts (otherwise: the occupation's own question back, or its figures, answered instead).
 */
export function moveFromOccupationIntoField(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const [held] = e.uncovered;
  if (!held || e.uncovered.length !== 1 || e.roles.length > 0 || e.to || u.to || u.threadRoles.length > 0)
    return undefined;
  const fieldTarget = fieldAfterRole(kb, u.text);
  const ledTo = fieldTarget && new RegExp(`\\b(?:to|into|2)\\s+${fieldTarget.word}\\b`, "i").test(u.text);
  if (!(fieldTarget && (e.moving || u.intent === "gap" || towardsField.test(u.text) || ledTo)))
    return undefined;
  const options = fieldTarget.roles.slice(0, 5);
  const [first] = options;
  if (!first || options.length < 2) return undefined;
  return clarify(
    `Which ${fieldWordShown(fieldTarget)} role do you want to move to from ${held.typed}? Pick one, or name it (“maybe ${first.name.toLowerCase()}?”), to see both sides' pay and outlook and what to learn:`,
    options.map((r) => `role ${alias(r)}`),
    options.map((r) => r.id),
  );
}

/**
 * "i want to move to cloud", "thinking of moving into security": a move into a field several roles share
 * a word of; which of them, with how to get into each as buttons.
 */
export function moveIntoField(kb: KnowledgeBase, u: Understanding, user: UserContext): Answer | undefined {
  const e = u.entities;
  const fieldMove = e.moving && u.roles.length === 0 && namedJobs(e) === 0 && !u.threadOccupation;
  if (!fieldMove) return undefined;
  // "want to move to industry as an applied scientist": a name that could be several roles asks which of
  // those, not which role its last word ("scientist") names.
  const [unsureTarget] = e.ambiguous;
  if (unsureTarget)
    return clarify(
      `"${unsureTarget.typed}" could mean more than one role: ${unsureTarget.options.map((r) => r.name).join(" or ")}. Which one?`,
      unsureTarget.options.map((r) => `${commandFor("gettingStarted")} ${alias(r)}`),
      unsureTarget.options.map((r) => r.id),
    );
  return rolesOfAWord(kb, u.text) ? whichRole(kb, "gettingStarted", user, u) : undefined;
}

/**
 * The curated roles an official occupation holds by O*NET's own titles: those whose names O*NET lists
 * among the occupation's titles (Web Developers: Back-End, Front-End and Full Stack Developer).
 */
function rolesTitledIn(kb: KnowledgeBase, soc: string): Role[] {
  const titles = kb.official?.titles;
  return titles ? kb.knowledge.roles.filter((r) => titles.lookup(r.name).includes(soc)) : [];
}

/**
 * "cashier here, want to get into web development": a move from an occupation held into an official
 * occupation that the knowledge splits into several roles (O*NET lists each role's name among its titles).
 * No one role is the occupation, so which of them, the move's start kept (otherwise: the occupation's
 * figures, or the word "development" read as Software Engineer).
 */
export function moveIntoOccupationOfRoles(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const [held, target, ...more] = e.uncovered;
  if (!held || !target || more.length > 0 || e.roles.length > 0 || u.threadRoles.length > 0) return undefined;
  const moving = e.moving || u.intent === "gap" || u.intent === "gettingStarted" || towardsField.test(u.text);
  const [soc, ...others] = target.official ?? [];
  if (!moving || !soc || others.length > 0) return undefined;
  const options = rolesTitledIn(kb, soc).slice(0, 5);
  const [first] = options;
  if (!first || options.length < 2) return undefined;
  const names = options.map((r) => r.name);
  return clarify(
    `“${target.typed}” is ${target.occupation.name} (SOC ${soc}), and O*NET lists ${listed(names)} among its titles. Which do you want to move to from ${held.typed}? Pick one, or name it (“maybe ${first.name.toLowerCase()}?”), to see both sides' pay and outlook and what to learn:`,
    options.map((r) => `role ${alias(r)}`),
    options.map((r) => r.id),
  );
}
