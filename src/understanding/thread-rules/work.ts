import { type Intent, pairIntents, payIntents, roleIntents } from "../intent/intents.js";
import { confidentAt, isGuess } from "../shape/understanding.js";
import { drawbacksAsked } from "../words/drawbacks-asked.js";
import {
  asksWhatTheyDo,
  comparesTwo,
  opinionAsked,
  relatedToWorkAsked,
  workLeaningAsked,
  workShareAsked,
} from "../words/question-asks.js";
import { asksCertificates, asksTools, learnAsked } from "../words/topic-words.js";
import { asked, type ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";
import { dailyWork, learningAbout, setsAgainst, whatIsWords } from "./words.js";

/*
 * Thread rules that read a question as one about what a role's work is: a role named alone, "what is it
 * exactly", the day to day, what it's like, working life, an opinion of it, more detail.
 */

/**
 * "whats an sre", "what is a data architect": a role named alone is a question of what it does. Not one a
 * question back offered ("data analyst" after "Which data role do you mean?"): that reply picks it, and the
 * question asked back is asked of it.
 */
export const roleNamedAlone: ThreadRule = (r) => {
  const bare = r.e.masked.filter((w) => !whatIsWords.has(w));
  const picked = r.pick?.namedAlone === true;
  return r.e.roles.length === 1 && bare.length === 1 && bare[0] === "xrole" && !picked
    ? "responsibilities"
    : undefined;
};

/**
 * "what is it exactly", "what's that", "what is that role": what the one thing named is, asked at the end of
 * the question.
 */
const whatItIs =
  /\bwhat(?:['’]?s| is) (?:it|that|this)(?: (?:role|job|position|title|gig))?(?: exactly| really| even| about)?\s*[?.!]*$/i;

/**
 * "told me to look at SRE, what is it exactly": "it" asked what it is, after one role named, is that role;
 * so is "what is it exactly" (in capitals or not) after "heard of SRE?", named none, in a thread about one.
 */
export const whatItIsAsked: ThreadRule = (r) => {
  const one = r.jobsNamed === 1 ? r.e.roles.length === 1 : r.jobsNamed === 0 && r.thread.length === 1;
  return one && whatItIs.test(r.text) ? "responsibilities" : undefined;
};

/**
 * "whats the day to day in ml", "a day in the life of an sre": what the work of the one role named is.
 * Named none, the thread's roles' ("whats the difference in what they do day to day" after a comparison:
 * each one's duties, which say more of the day than the comparison's one line each). So is "day to day?"
 * after an occupation's card: that occupation's work, which its answer says it has no description of.
 * Tools asked for in it are the tools answer.
 */
export const dayToDay: ThreadRule = (r, d) => {
  const dayOfThread = r.jobsNamed === 0 && (r.thread.length > 0 || r.context?.occupation !== undefined);
  const dayOfNamed = r.e.roles.length === 1 && !pairIntents.has(d.intent);
  // (A pay question read from the thread asks no pay of its own: "day to day?" after "nurse salary"; nor
  // does a pick read as asking the pay shown before it: "the middle one — what's the day to day".)
  const asksPayNow =
    payIntents.has(d.intent) && (r.asksPay || (!d.inherited.includes("intent") && !r.pickedPay));
  // "what would i need to learn that i dont already do day to day": the day is the asker's own, the question
  // what to learn.
  const learningAsked = learnAsked.test(r.text);
  if (!(dailyWork.test(r.text) && (dayOfNamed || dayOfThread) && !asksPayNow && !learningAsked))
    return undefined;
  // "what tools do ml people use day to day": the tools asked for, used day to day, are the tools answer.
  // Asked of the question's words with role names masked: "full stack developer day to day" asks no stack.
  return asked(asksTools(r.e.masked.join(" ")) ? "tools" : "responsibilities");
};

/** "a combination of both", "a mix of the two": a role asked whether it is the thread's roles together. */
const bothTogether = /\b(?:combination|combo|mix|blend|hybrid|merge) of (?:both|the two|them|those|these)\b/i;

/**
 * "is full stack a combination of both?" after front end and back end: what the one role named does, which
 * says what it spans; never its outlook, whichever way the classifier leans.
 */
export const roleAsBothTogether: ThreadRule = (r) =>
  r.e.roles.length === 1 && bothTogether.test(r.text) && !r.asksPay ? asked("responsibilities") : undefined;

/** "what's it like being a data analyst", "what is the work like": what the work is, asked as experience. */
const workLike = /\bwhat(?:['’]?s| is) (?:it|the (?:work|job)) like\b|\blike to (?:be|work)\b/i;

/**
 * "whats it like working in it security", "is IT support boring?", "is it stressful" in a thread about a
 * role: what the work of the one role is, the only answer the sources hold to a question of experience. So
 * is "how many hours a week do they work", "is it lonely", "work life balance for sre": working life, which
 * no source covers, asked of a role is a question of its work, never of its job market; and so is "whats the
 * catch".
 */
export const workOfOneRole: ThreadRule = (r, d) => {
  const askedAboutWork =
    workLike.test(r.text) ||
    opinionAsked(r.text) !== undefined ||
    // "is it security related": whether a thing is part of the work, which the duties say.
    relatedToWorkAsked(r.text) ||
    // "is it business or technical?": which kind of work it is, which the duties show (otherwise: read as
    // its outlook).
    workLeaningAsked(r.text) !== undefined ||
    r.lifeAsked ||
    // "whats the catch", "any cons?" after what an SRE does: the role's drawbacks, which no source lists, so
    // what the work is (a move's drawbacks are the move's rule's, after its answer).
    (drawbacksAsked(r.text) && !r.afterMove) ||
    // ("need certs or is it all experience" asks what the role asks for, which the rule for credentials reads.)
    (workShareAsked(r.text) !== undefined && !asksCertificates(r.text));
  // "how is the work life balance for data analysts" is no comparison, however the classifier leans, with
  // no word that sets one thing against another.
  const pairOnlyGuessed = r.lifeAsked && pairIntents.has(d.intent) && !setsAgainst(r.e);
  // "heard product manager is chill, does it need a cs degree": the question asked is what the role needs;
  // the opinion is only what was heard.
  // "do data scientists have to travel" (read unsurely as schooling), "do sres get paged a lot" (as pay): a
  // part of working life named outweighs a topic the classifier is unsure of, where no word asks it.
  const lifeOverUnsure = r.lifeAsked && !d.ruled && r.c.confidence < confidentAt;
  const needsAsked = learningAbout.has(d.intent) && !isGuess(r.c) && !lifeOverUnsure;
  return r.oneRole &&
    askedAboutWork &&
    !needsAsked &&
    (!pairIntents.has(d.intent) || pairOnlyGuessed) &&
    (!payIntents.has(d.intent) || lifeOverUnsure) &&
    !r.asksPay
    ? "responsibilities"
    : undefined;
};

/**
 * "do they manage people" after what a lead ML engineer does, "do they work with clients" after a product
 * manager's duties: what the thread's one role does, whichever topic the verb's object pulls the classifier
 * to (soft skills for "people", tools for "clients"); the duties say as much as the sources do.
 */
export const dutyOfThreadRole: ThreadRule = (r, d) =>
  r.jobsNamed === 0 &&
  r.thread.length === 1 &&
  asksWhatTheyDo(r.text) &&
  dutyLike.has(d.intent) &&
  !r.asksPay &&
  !asksCertificates(r.text)
    ? asked("responsibilities")
    : undefined;

/** Topics a question of what a role's people do is taken for when its object is a skill-like word. */
const dutyLike = new Set<Intent>([
  "tools",
  "skills",
  "softSkill",
  "experience",
  "definition",
  "followUp",
  "responsibilities",
]);

/** "is security stressful", "i love security. is it boring?": a yes-or-no question of an opinion of the work. */
const yesOrNo = /^(?:[^.!?]*[.!?]\s+)?(?:is|are)\s(?!there\b)/i;

/** Whether a question asks an opinion of the work, yes or no ("is cloud work stressful?"). */
const opinionOfWorkAsked = (text: string) => yesOrNo.test(text) && opinionAsked(text) !== undefined;

/**
 * "do nurses have to work nights" (read unsurely as schooling), "whats a nurse's schedule like": working life
 * asked of the one occupation named, which no source covers either, is a question of its work, as it is of a
 * role; the occupation's answer then says first what it has nothing on. Pay, a move or a topic the
 * classifier is sure of keeps its own answer.
 */
export const workLifeOfOccupation: ThreadRule = (r, d) =>
  r.lifeAsked &&
  r.jobsNamed === 1 &&
  r.e.uncovered.length === 1 &&
  r.e.roles.length === 0 &&
  !d.ruled &&
  (r.c.confidence < confidentAt || d.intent === "responsibilities") &&
  !payIntents.has(d.intent) &&
  !pairIntents.has(d.intent) &&
  !r.move &&
  !r.asksPay
    ? "responsibilities"
    : undefined;

/**
 * "work life balance in tech", "is it lonely" with no role named nor in the thread: which role, asked back
 * as a question of what the work is.
 */
export const workLifeOfNoRole: ThreadRule = (r) =>
  (r.lifeAsked || opinionOfWorkAsked(r.text)) &&
  r.jobsNamed === 0 &&
  r.thread.length === 0 &&
  !r.asksPay &&
  !setsAgainst(r.e)
    ? "responsibilities"
    : undefined;

/**
 * "which is less stressful", "which one is more fun", "whats the catch" after a comparison, whichever way the
 * classifier leans on "which one is more": what the work of each is, unless pay is asked too. So after "what does a pm do"
 * then "how about an em": the two roles the thread has covered, weighed (see `lendThreadRoles`).
 */
export const opinionOfThreadRoles: ThreadRule = (r) =>
  r.jobsNamed === 0 &&
  (r.thread.length > 1 || weighsEarlierRole(r)) &&
  (opinionAsked(r.text) !== undefined || r.lifeAsked || (drawbacksAsked(r.text) && !r.afterMove)) &&
  !r.asksPay
    ? "responsibilities"
    : undefined;

/**
 * "which is more stressful, sre or swe", "is sre more stressful than swe", "sre vs swe, which has better work
 * life balance": two roles named and weighed by an opinion of the work or by working life, which no source
 * rates, are read as after a comparison ("which is less stressful" then: `opinionOfThreadRoles`): the work of
 * each, said first to be unrated. Not where pay is asked too ("which pays more and is less stressful").
 */
export const opinionOfRolesNamed: ThreadRule = (r) =>
  r.e.roles.length === 2 &&
  r.jobsNamed === 2 &&
  (setsAgainst(r.e) || comparesTwo(r.text)) &&
  (opinionAsked(r.text) !== undefined || r.lifeAsked) &&
  !r.asksPay &&
  // "…and how do they compare overall": the comparison asked in so many words.
  !comparingVerb.test(r.text)
    ? "responsibilities"
    : undefined;

/** A verb that asks a comparison itself: "compare", "how do they compare", "comparison". */
const comparingVerb = /\bcompar(?:e|es|ed|ing|ison)\b/i;

/** "more detail pls", "more info", "tell me more about the third one": asking for more of the role itself. */
const moreOfRole = /\bmore (?:detail|details|info)\b|\btell me more\b|\bmore about\b/i;

/**
 * One side picked from a pay answer that showed its figures in brief ("tell me more about the second one"
 * after "mobile dev vs front end salary"): more of its pay. A ranking shows one figure of many roles, so more
 * of one picked from it is the role itself.
 */
const morePayOfPick = (r: Parameters<ThreadRule>[0]) =>
  r.pickedPay && r.context?.intent !== undefined && r.context.intent !== "roleRanking";

/**
 * "more detail pls", "tell me more about the third one" after a pay ranking: the thread's (or picked) role,
 * described, not its pay again; unless pay is asked outright ("tell me more about the pay").
 */
export const moreDetail: ThreadRule = (r) =>
  r.jobsNamed === 0 &&
  r.thread.length > 0 &&
  moreOfRole.test(r.text) &&
  !r.asksPay &&
  !morePayOfPick(r) &&
  !topicOfPickNamed(r)
    ? "responsibilities"
    : undefined;

/**
 * "tell me more about the second one's tools": a pick that names a topic of its own, outright, asks that
 * topic of the one picked; "more about" only opens it.
 */
const topicOfPickNamed = (r: ThreadReading) =>
  r.pick?.role !== undefined && !r.asksNothing && !isGuess(r.c) && roleIntents.has(r.c.intent);

/** "which is more stressful" after one role, then another: the role before it weighed against it. */
export const weighsEarlierRole = (r: ThreadReading): boolean =>
  r.thread.length === 1 && r.earlier !== undefined && !r.thread.includes(r.earlier) && comparesTwo(r.text);
