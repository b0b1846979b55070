import { pairIntents } from "../intent/intents.js";
import { isGuess } from "../shape/understanding.js";
import { jobNouns, oneOrMany } from "../words/job-nouns.js";
import { asksOpenMove } from "../words/question-asks.js";
import {
  asksDeadEnd,
  asksSkip,
  asksStayOrMove,
  asksStepBefore,
  asksTenure,
  rungAsked,
} from "../words/rung-words.js";
import { learnAsked, wordsPattern } from "../words/topic-words.js";
import { asked, type ThreadRule } from "./decision.js";
import { threadEmployersWeighed } from "./employers.js";
import { learningAbout, setsAgainst } from "./words.js";

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
  // A comparison only guessed at, with nothing set against the role, leaves the next step asked
  // ("been in it 3 years, what's next for me").
  const guessed = d.intent === r.c.intent && isGuess(r.c) && !setsAgainst(r.e);
  const compared = pairIntents.has(d.intent) && !guessed;
  return r.oneRole && r.pathAsked && !asksOther && !compared && !r.e.to ? "path" : undefined;
};

/**
 * "been doing helpdesk and sysadmin stuff, where do ppl go next", "i do helpdesk and sysadmin, what should i
 * move to": where to go on from jobs held at once is their path, the path on from all of them; never a
 * comparison of the two, nor a move from one to the other. Not what to learn or what pays.
 */
export const nextFromJobsHeld: ThreadRule = (r, d) => {
  const held = r.e.heldTogether?.length ?? 0;
  const asksOther = learningAbout.has(d.intent) || r.asksPay || learnAsked.test(r.text);
  const onward = r.pathAsked || asksOpenMove(r.text);
  return held >= 2 && onward && !asksOther && !r.e.to ? asked("path") : undefined;
};

/**
 * "is it a senior role", "how long do ppl usually stay in it before moving up", "is it a job people stay in
 * long term or do they move up": where one role sits on its ladder, which its path answers (a level named so is no pay level). After a move ("dba to data architect"
 * then "is that a senior role"): the role the move leads to.
 */
export const rungOfRole: ThreadRule = (r, d) =>
  r.rungOnly &&
  // Whether people stay in it or move on, asked of the role with no other named (a role "as a stepping
  // stone" first is a move through it).
  (rungAsked(r.text) || asksTenure(r.text) || (r.jobsNamed === 0 && asksStayOrMove(r.text))) &&
  !d.fired.has(threadEmployersWeighed)
    ? "path"
    : undefined;

/**
 * "can i skip the dba step" after a sysadmin's path: whether a role on the way from the thread's role can be
 * skipped is a question of the thread role's path (where it leads), not of the role named as the step.
 */
export const stepSkipped: ThreadRule = (r) => {
  const [step] = r.e.roles;
  const roleAsStep = step !== undefined && r.jobsNamed === 1 && r.thread[0] !== step;
  // "skip the lead step", "skip senior": a step said as such, not a degree or a course skipped.
  const stepSaid = (r.jobsNamed === 0 && /\b(?:step|rung|stage)\b/i.test(r.text)) || r.e.level !== undefined;
  return (roleAsStep || stepSaid) && r.thread.length === 1 && r.context?.intent === "path" && asksSkip(r.text)
    ? asked("path")
    : undefined;
};

/**
 * "whats the step right before it" after a role's path or its way in: that role's path, which says where
 * people come to it from as far as the sources do; never the market's roles, however the classifier leans.
 * So for an occupation the thread is on ("what do they do before that" after "cashier pay"): its path,
 * which its answer says no source maps, with the way in BLS gives; never what the work is.
 */
export const stepBeforeRole: ThreadRule = (r) => {
  const onOne = r.thread.length === 1 || (r.thread.length === 0 && r.context?.occupation !== undefined);
  return r.jobsNamed === 0 && onOne && !r.asksPay && asksStepBefore(r.text) ? asked("path") : undefined;
};

/**
 * "is IT support a dead end job": its outlook, with where people go from it. Not "is IT a dead end compared
 * to swe": the field set against the role is the two side by side (see `fieldOrRole`), not the role's outlook
 * alone with the field left out.
 */
export const deadEndOfRole: ThreadRule = (r) =>
  r.rungOnly && asksDeadEnd(r.text) && !(r.e.itField && setsAgainst(r.e)) ? "outlook" : undefined;

/**
 * "which IT jobs lead to it", "what roles feed into this": the jobs people come to the role from. A job
 * noun comes before the verb: "what led to that number?" asks where a figure came from, no way in.
 */
const leadsTo = new RegExp(
  String.raw`${wordsPattern(oneOrMany(jobNouns)).source}.*\b(?:lead|leads|feed|feeds) (?:in)?to (?:it|this|that|there)\b`,
  "i",
);

/**
 * "which IT jobs lead to it" after "cloud architect pay": the ways into the thread's one role (where people
 * come from), the field's or any jobs named before it only say which; never the market's figures.
 */
export const waysIntoThreadRole: ThreadRule = (r) =>
  r.jobsNamed === 0 && r.thread.length === 1 && leadsTo.test(r.text) ? "gettingStarted" : undefined;

/**
 * "is it a good way into tech", "is that a decent entry point", "good stepping stone?": the thread's role
 * judged as a way in, which is what it takes to get in (otherwise: a guess at its outlook, asked back). A way,
 * path or step only with "in"/"into" after it: "a realistic path to 150k", "a good first step toward
 * promotion" weigh where the role leads, not the way into it.
 */
const judgedAsWayIn =
  /\b(?:good|decent|solid|easy|easier|smart|great|ok|okay|realistic)\s+(?:(?:way|path|route|first step)\s+(?:in(?:to)?\b|to (?:get|break) in)|entry(?:\s+point)?\b|entry[- ]level (?:job|role)\b|stepping[- ]?stone\b|foot in the door\b|first (?:job|role)\b)/i;

/** The thread's one role judged as a way in: the way into it. */
export const wayInJudgedOfThreadRole: ThreadRule = (r) =>
  r.jobsNamed === 0 && r.thread.length === 1 && !r.asksPay && judgedAsWayIn.test(r.text)
    ? "gettingStarted"
    : undefined;

/** "what's at the very top", "is staff the top or is there more": the end of a role's ladder. */
const ladderTop =
  /\b(?:the )?(?:very )?top\b(?! (?:\d+|one|two|three|five|ten|paying|paid|earners?|roles?|jobs?|companies)\b)|\bhighest (?:level|rung|title|position)\b|\bis there more\b|\bceiling\b/i;

/**
 * "and what's at the very top", "is staff the top or is there more" after a role's path: the same path, its
 * ladder's end (said where it has none); never pay unless pay is asked ("what pays at the top").
 */
export const topOfThreadLadder: ThreadRule = (r) =>
  r.context?.intent === "path" && r.jobsNamed === 0 && r.threadSubject && !r.asksPay && ladderTop.test(r.text)
    ? asked("path")
    : undefined;
