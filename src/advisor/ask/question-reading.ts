/**
 * What a question names and how sure its reading is: the small tests the rules of `answerUnderstood` share.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { pairIntents } from "../../understanding/intent/intents.js";
import { isGuess, type Understanding } from "../../understanding/shape/understanding.js";
import { besideWords } from "../../understanding/words/contrast-words.js";
import { wordsPattern } from "../../understanding/words/topic-words.js";

/**
 * Whether a question names no job nor anything about one: no role, occupation, employer (read as asked of
 * or not: "and at dell?" after growth), kind of employer or kind of skill.
 */
export const namesNoJob = (u: Understanding) =>
  u.entities.roles.length === 0 &&
  u.entities.uncovered.length === 0 &&
  !u.entities.unknownTitle &&
  !u.entities.company &&
  u.entities.employers.length === 0 &&
  u.entities.companyKinds.length === 0 &&
  !u.entities.skillKind;

/** Whether a question names anything of its own: a job, a level, a place. */
export const namesNothing = (u: Understanding) =>
  namesNoJob(u) &&
  !u.entities.level &&
  !u.entities.unlistedLevel &&
  !u.entities.place &&
  !u.entities.unlistedPlace;

/** The place a question named, by its name, whether the knowledge has figures for it or not. */
export const placeAsked = (kb: KnowledgeBase, u: Understanding) =>
  u.unlistedPlace ??
  (u.entities.place ? kb.knowledge.locations.find((l) => l.id === u.entities.place)?.name : undefined);

/** Words that set one side against another: "IT vs nursing", "vs plumber?", "or a dba?". */
export const contrastAsked = wordsPattern(besideWords);

/** The words of roles' names and aliases ("machine", "learning", "mle"…). */
export const roleNameWords = (roles: readonly Role[]): ReadonlySet<string> =>
  new Set(roles.flatMap((r) => [r.name, ...r.aliases]).flatMap((n) => tokenize(n)));

/** Whether a word is one of the names of the roles the question is about. */
export function roleWordOf(u: Understanding): (word: string) => boolean {
  const roleWords = roleNameWords(u.roles);
  return (w: string) => roleWords.has(w);
}

/**
 * Whether the intent is only a guess: two roles named for an intent that wants two ("devops eng vs sre
 * whats the diff") is no guess, nor is an intent kept from the thread.
 */
export function isGuessing(u: Understanding): boolean {
  const pairNamed = pairIntents.has(u.intent) && u.entities.roles.length >= 2;
  return (
    isGuess(u) &&
    !u.inherited.includes("intent") &&
    !pairNamed &&
    !onePayAsked(u) &&
    !heldAgainstThreadRole(u)
  );
}

/**
 * "i'm a dba, how far am i from that" after a data architect's duties: the role held, named, set against the
 * thread's role, read as a move or a comparison, hardly one ahead of the other; either way the two roles are
 * weighed, so the first reading is no guess at the topic.
 */
const heldAgainstThreadRole = (u: Understanding) =>
  u.intent === "gap" &&
  u.entities.from !== undefined &&
  u.to !== undefined &&
  u.to.id !== u.entities.from.id &&
  (u.second === undefined || pairIntents.has(u.second.intent));

/**
 * "devops at infosys how much in usa": read as base pay or as total pay, hardly one ahead of the other, with
 * one role named: pay is asked either way, and the first reading is no guess at the topic.
 */
const onePayAsked = (u: Understanding) =>
  u.confidence >= 0.3 &&
  u.roles.length === 1 &&
  u.second !== undefined &&
  onePayKinds.has(u.intent) &&
  onePayKinds.has(u.second.intent);

const onePayKinds: ReadonlySet<Understanding["intent"]> = new Set(["salary", "totalComp"]);

/** Longest question that, read as off topic in a thread, is taken for a follow-up ("tell me more"). */
const shortFollowUp = 4;

/**
 * Whether the reading is unsure enough to ask back: the thread's question again with nothing new, or a guess
 * at one with nothing of its own. A pick among what a question back offered ("the first one") asks that
 * question of the one picked.
 */
export function isUnsure(u: Understanding, guessing: boolean): boolean {
  // A skill checked again of another role ("and the other one?" after "is spark used there") asks it anew.
  const repeats =
    u.inherited.includes("intent") &&
    u.inherited.includes("roles") &&
    !u.inherited.includes("picked") &&
    !u.skillsAsked &&
    namesNothing(u);
  return (
    repeats ||
    (guessing && u.intent !== "offTopic") ||
    (u.intent === "offTopic" && tokenize(u.text).length <= shortFollowUp)
  );
}
