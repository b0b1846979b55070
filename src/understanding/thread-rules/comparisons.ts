import { versusWords } from "../contrast-words.js";
import { correctionAsked } from "../correction.js";
import { pairIntents, payIntents, roleIntents } from "../intents.js";
import { opinionAsked } from "../question-asks.js";
import { wordsPattern } from "../topic-words.js";
import { isGuess } from "../understanding.js";
import { asked, type ThreadRule } from "./decision.js";
import { comparesTwo, setsAgainst } from "./words.js";

/*
 * Thread rules that set roles side by side: "which one is more technical", "vs devops?", "frontend or
 * backend", "overlap?", "differences?", "how does it compare to data scientist pay".
 */

/** "which one is more technical": the question opens on "which" and weighs one against another. */
const judgesBoth = (r: Parameters<ThreadRule>[0]) =>
  /^which\b/i.test(r.text) && comparesTwo(r.text) && !opinionAsked(r.text) && !r.lifeAsked;

/** "which one is more technical" after "pm vs em?": the two roles weighed, not a question back. */
export const whichOfBothJudged: ThreadRule = (r) =>
  isGuess(r.c) && r.thread.length >= 2 && r.jobsNamed === 0 && judgesBoth(r) && !r.setWeighedBy
    ? "compare"
    : undefined;

/** Words of schooling: "which needs more school", "how much education", "more schooling". */
const schoolingAsked = /\b(school|schooling|education|educated|college|university|studies)\b/i;

/** "which needs more school" after a comparison: the roles weighed by their education, each one's shown. */
export const schoolingOfBoth: ThreadRule = (r) =>
  r.thread.length >= 2 && r.jobsNamed === 0 && judgesBoth(r) && schoolingAsked.test(r.text) && !r.asksPay
    ? "education"
    : undefined;

/**
 * "vs devops?" after "sre pay": the thread's role set against the one named, pay if pay was asked, before
 * or now ("does it pay more than software engineering" after a QA engineer's path). So is "is it better
 * than IT support?" in a thread about devops: the pronoun is the thread's role.
 */
export const setAgainstThreadRole: ThreadRule = (r) => {
  const setAgainstThread = (r.fragment || r.e.pronoun) && setsAgainst(r.e);
  const payBefore = r.context?.intent !== undefined && payIntents.has(r.context.intent);
  return setAgainstThread && r.e.roles.length === 1 && r.thread[0] && r.thread[0] !== r.e.roles[0]
    ? payBefore || r.asksPay
      ? "payCompare"
      : "compare"
    : undefined;
};

/**
 * "frontend or backend dev, whats better": roles set against each other are compared, whatever the words
 * around them, when the question reads as nothing about roles or only as a guess.
 */
export const rolesSetAgainst: ThreadRule = (r, d) =>
  r.e.roles.length >= 2 && (!roleIntents.has(d.intent) || isGuess(r.c)) && setsAgainst(r.e)
    ? "compare"
    : undefined;

/**
 * "what does a DBA do vs a data architect": the work of roles set against each other is what a comparison
 * sets side by side; a role's duties would show only the first.
 */
export const dutiesSetAgainst: ThreadRule = (r, d) =>
  d.intent === "responsibilities" && r.e.roles.length >= 2 && setsAgainst(r.e) ? "compare" : undefined;

/**
 * "swe or pm for someone who likes people more than code": roles set against each other in a question with
 * no word of pay are compared as a whole; its "more than" weighs something else, never their pay. Not a
 * correction ("i meant cloud architect not sre" after a pay comparison), which asks the pay again.
 */
export const noPayInComparison: ThreadRule = (r, d) =>
  d.intent === "payCompare" &&
  r.e.roles.length >= 2 &&
  setsAgainst(r.e) &&
  !r.asksPay &&
  !correctionAsked(r.text)
    ? "compare"
    : undefined;

/** Words that ask what two roles share ("overlap?", "similarities?"). */
const sharedAsked = /\b(overlaps?|overlapping|in common|share|shared|similar|similarities|alike)\b/i;

/** Words that ask what sets two roles apart ("differences?"). */
const apartAsked = /\b(differences?|diff|differ|compare|comparison|contrast)\b/i;

/**
 * "overlap?", "differences?" in a thread that has covered two roles: the two side by side, however few
 * words the question has; what they share, or what sets them apart.
 */
export const sharedOrApart: ThreadRule = (r, d) => {
  const twoInThread = r.thread.length === 2 || (r.thread.length === 1 && r.earlier !== undefined);
  const sideBySide = sharedAsked.test(r.text) ? "common" : apartAsked.test(r.text) ? "compare" : undefined;
  const unsureOrPair = isGuess(r.c) || (pairIntents.has(d.intent) && !payIntents.has(d.intent));
  return sideBySide && twoInThread && r.jobsNamed === 0 && unsureOrPair && !r.asksPay
    ? sideBySide
    : undefined;
};

/** "which one would you pick" after a comparison: the roles again, not every role there is. */
export const whichOfCompared: ThreadRule = (r, d) =>
  d.intent === "roleList" && r.thread.length >= 2 && /\bwhich\b/i.test(r.text) && r.jobsNamed === 0
    ? "compare"
    : undefined;

/** "compare to", "compared with", "stack up against": one thing set beside another. */
const comparedTo = wordsPattern(
  ["compare", "compares", "compared", "comparison", "stack up", "stacks up"],
  versusWords,
);

/**
 * "how does it compare to data scientist pay" after a data analyst: the thread's role set beside the one
 * named, by pay.
 */
export const payBesideThreadRole: ThreadRule = (r) => {
  const besideThread =
    r.e.roles.length === 1 && r.jobsNamed === 1 && r.thread.length === 1 && r.thread[0] !== r.e.roles[0];
  return besideThread && comparedTo.test(r.text) && r.asksPay && !r.move ? asked("payCompare") : undefined;
};
