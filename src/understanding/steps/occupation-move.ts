/*
 * A move between an occupation outside the curated roles and a curated role, asked with a word of pay,
 * outlook or skills ("electrician to IT support, how much more would i earn", "software engineer thinking
 * about becoming a teacher, whats the salary hit"). A move stays a move whatever topic word it carries: what
 * the asker wants is the two sides set side by side, so the answer must not drop the side that is no role.
 */
import { type Intent, payIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";

/** Topics a move's answer covers: its pay, its outlook, and what it asks to learn. */
const weighedOn = (intent: Intent) => payIntents.has(intent) || intent === "outlook" || intent === "skills";

/**
 * "nurse to data analyst, pay?", "truck driver wanting to learn to code and become a full stack dev": an
 * occupation named as where the move starts, a role it leads to.
 */
export const fromOccupationOnTopic = (u: Understanding): boolean =>
  weighedOn(u.intent) &&
  (u.entities.uncovered.length > 0 || u.entities.unknownTitle !== undefined) &&
  u.entities.to !== undefined &&
  u.entities.to === u.to;

/**
 * "qa engineer considering the police academy, pay/outlook?": one role named, and the occupation it leads to.
 * "swe wanting to get into nursing" asks the way in, of the occupation, not of the role it starts from.
 */
export const toOccupationOnTopic = (u: Understanding): boolean =>
  (weighedOn(u.intent) || u.intent === "gettingStarted") &&
  u.entities.roles.length === 1 &&
  u.entities.uncovered.length === 1 &&
  u.entities.toOccupation === true;

/**
 * "lpn to rn, pay and outlook", "been an lpn, is it worth going back for an rn? whats the pay + outlook
 * diff": two occupations named and no role, asked on their pay or outlook, are a move or a choice between
 * them, set side by side as "cna vs lpn pay" sets them (otherwise: the LPN's figures alone, the RN dropped).
 */
export const occupationsOnTopic = (u: Understanding): boolean =>
  weighedOn(u.intent) && u.entities.roles.length === 0 && u.entities.uncovered.length >= 2;
