import { pairIntents } from "../intents.js";
import { asksDeadEnd, asksTenure, rungAsked } from "../rung-words.js";
import { learnAsked } from "../topic-words.js";
import { isGuess } from "../understanding.js";
import type { ThreadRule } from "./decision.js";
import { learningAbout } from "./words.js";

/*
 * Thread rules for where a role leads and where it sits on its ladder: "whats next", "is it a senior role",
 * "how long do people stay in it", "is it a dead end job".
 */

/**
 * "3 yrs as sysadmin, next?", "i'm a qa, whats next", "how do i move up" in a thread about a role: the
 * role's path, unless the words ask what to learn or what it pays ("what should i learn next").
 */
export const nextStepAsked: ThreadRule = (r, d) => {
  const asksOther =
    (learningAbout.has(d.intent) && !isGuess(r.c)) ||
    r.asksPay ||
    learnAsked.test(r.text) ||
    /\bskills?\b/i.test(r.text);
  return r.oneRole && r.pathAsked && !asksOther && !pairIntents.has(d.intent) && !r.e.to ? "path" : undefined;
};

/**
 * "is it a senior role", "how long do ppl usually stay in it before moving up": where one role sits on its
 * ladder, which its path answers (a level named so is no pay level). After a move ("dba to data architect"
 * then "is that a senior role"): the role the move leads to.
 */
export const rungOfRole: ThreadRule = (r) =>
  r.rungOnly && (rungAsked(r.text) || asksTenure(r.text)) ? "path" : undefined;

/** "is IT support a dead end job": its outlook, with where people go from it. */
export const deadEndOfRole: ThreadRule = (r) => (r.rungOnly && asksDeadEnd(r.text) ? "outlook" : undefined);
