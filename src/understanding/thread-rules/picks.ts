import { payIntents, roleIntents } from "../intent/intents.js";
import { isGuess } from "../shape/understanding.js";
import { askedAboutThread, besideSideAsked, startOfPickedMove } from "../thread/conversation-state.js";
import { afterOpeningPick, pickAsked } from "../thread/thread-pick.js";
import { moveVerbs } from "../words/entity-words.js";
import { comparesTwo } from "../words/question-asks.js";
import { wordsGroup } from "../words/topic-words.js";
import { asked, type ThreadRule } from "./decision.js";
import { fieldIntents, fromThreadWords, learning, marketGrowthAsked, twoSided } from "./words.js";

/*
 * Thread rules for a reply that picks from what the thread offered or set side by side: "the second one",
 * "which of those pays best", "salary" after a question back, "explain the edge one".
 */

/** "the second one" after pay, or a ranking of roles: the one picked's pay. */
export const pickAfterPay: ThreadRule = (r) => (r.pickedPay ? "salary" : undefined);

/**
 * "ok the cheaper one, how do i get in", "the lower paying one - outlook?": a pick with a topic asked after
 * it, which the classifier leans to only as a guess (the pick's own words pull it elsewhere), asks that
 * topic of the one picked.
 */
export const topicAfterPick: ThreadRule = (r) =>
  r.pick?.role !== undefined &&
  !r.asksNothing &&
  isGuess(r.c) &&
  roleIntents.has(r.c.intent) &&
  afterOpeningPick(r.words).length > 0
    ? asked(r.c.intent)
    : undefined;

/**
 * "the last one, pay in austin?" after three roles weighed: one role picked, its pay asked and set against
 * nothing, is its pay (there), not a comparison missing its other side, however the classifier leans.
 */
export const payOfPickAlone: ThreadRule = (r, d) =>
  r.pick?.role !== undefined &&
  r.jobsNamed === 0 &&
  d.intent === "payCompare" &&
  r.asksPay &&
  !comparesTwo(r.text)
    ? "salary"
    : undefined;

/**
 * "the second one" after "cloud architect vs data architect": one side of a comparison picked, asking nothing
 * else, is that role described; a comparison of one role asks back for nothing. Not a pick among the roles a
 * question back offered to set beside the thread's one role ("Compare Software Engineer with which IT
 * role?"): that one is the other side, and the comparison is asked of both. Nor one picked with an employer,
 * a place or a level ("the last one at amazon?", "the first in seattle"): its pay there, as "and in austin?"
 * after a comparison asks (otherwise: what a research scientist does, said not to be Amazon's).
 */
export const sideOfComparisonPicked: ThreadRule = (r) =>
  r.asksNothing &&
  !r.payDetail &&
  r.pick?.role !== undefined &&
  !(r.pickedOffered && r.context?.roles.length === 1) &&
  r.context?.intent !== undefined &&
  twoSided.has(r.context.intent) &&
  !r.pickedPay
    ? "responsibilities"
    : undefined;

/**
 * "ok what about just the second" after two roles' outlook, "the first one" after both ones' education: one
 * role picked, asking nothing else, after a topic asked of the roles set side by side, asks that topic of
 * the one picked, as a pick after pay asks its pay (otherwise: kept from the thread only, the question read
 * as a repeat and asked back, "About Back-End Developer? Pick what you want to know", r79).
 */
export const topicOfPickAfterBoth: ThreadRule = (r) => {
  const topic = r.context?.intent;
  return r.asksNothing &&
    !r.payDetail &&
    !r.pickedPay &&
    !r.pickedOffered &&
    r.pick?.role !== undefined &&
    (r.context?.roles.length ?? 0) >= 2 &&
    topic !== undefined &&
    roleIntents.has(topic) &&
    !twoSided.has(topic) &&
    !payIntents.has(topic)
    ? asked(topic)
    : undefined;
};

/**
 * "the first one", "the data scientist one" after options weighed from the role held, "the security one"
 * after a question back of where a move from the thread's role leads: the move from it to the one picked, as
 * the answer's skill gaps or buttons offer (otherwise: "the first one" said what a Product Manager does, the
 * move from Data Analyst dropped; "the security one" asked where to again). `sidesOf` sets its start.
 */
export const movePickedFromStart: ThreadRule = (r, d) => {
  const start = startOfPickedMove(r.context);
  // "ok say i go the ml route, what do i need on top of what i know": an option named again, what it takes
  // or the way to it asked, picks it too (otherwise: the way into it from nothing).
  const [named] = r.e.roles;
  const wayAsked = learning.has(d.intent) || d.intent === "path";
  const optionNamed =
    start && r.jobsNamed === 1 && named && wayAsked && r.context?.roles.includes(named.id)
      ? named
      : undefined;
  const picked = r.pick?.role ?? optionNamed;
  // "the sre one", "data scientist": a pick by an option's name names that job alone.
  const onlyThePick =
    r.jobsNamed === 0 || r.pick?.namedAlone === true || (r.jobsNamed === 1 && r.e.roles[0] === picked);
  const movePicked = r.asksNothing || d.intent === "gap" || optionNamed !== undefined;
  return picked && start && picked.id !== start && onlyThePick && movePicked
    ? { intent: "gap", asked: true, toRole: picked }
    : undefined;
};

/**
 * "the first one", "the genai one" after "“applied scientist” could mean more than one role" was asked of a
 * comparison's side: the comparison, with the one picked beside the roles named (`sidesOf`), as its buttons.
 */
export const sidePickedForComparison: ThreadRule = (r) =>
  r.pick?.role !== undefined && besideSideAsked(r.context) !== undefined && r.asksNothing && !r.payDetail
    ? asked("compare")
    : undefined;

/**
 * "salary", "the path" in reply to "About Network Architect? Pick what you want to know": the topic picked,
 * of the role asked about, however few words it has to go on.
 */
export const topicPickedForAskBack: ThreadRule = (r, d) => {
  const answersAskBack =
    askedAboutThread(r.context) && r.jobsNamed === 0 && !r.payDetail && d.intent === r.c.intent;
  return answersAskBack && roleIntents.has(d.intent) && r.c.confidence >= 0.3 ? d.intent : undefined;
};

/**
 * "which of those jobs pays the most", "which of them is growing fastest" after roles were offered: those
 * roles weighed by what was asked, not every role ranked.
 */
export const offeredWeighed: ThreadRule = (r, d) =>
  r.overOffered && !roleIntents.has(d.intent) && (r.asksPay || marketGrowthAsked(r.text))
    ? r.asksPay
      ? "payCompare"
      : "outlook"
    : undefined;

/**
 * "which grows fastest", "which of them pays most" after two or three roles set side by side: those roles
 * weighed by what was asked, not every role ranked. ("which jobs grow fastest" still ranks them all.)
 */
export const setWeighed: ThreadRule = (r) => r.setWeighedBy;

/** "explain the edge one" after the trends (or practices, or challenges): one of those listed, asked about. */
export const listedItemAsked: ThreadRule = (r) => {
  const listed = r.context?.intent && fieldIntents.has(r.context.intent) ? r.context.intent : undefined;
  return listed && r.jobsNamed === 0 && pickAsked(r.words) !== undefined ? listed : undefined;
};

/**
 * "what skills would a dba need to become the 2nd one", "how would a devops engineer become the second one"
 * after two roles set side by side: the role named is where the move starts and the one picked where it
 * leads (otherwise: the named role's skills or path, the pick dropped).
 */
export const namedRoleIntoPick: ThreadRule = (r) => {
  const [named] = r.e.roles;
  const picked = r.pick?.role;
  const into = named && picked && picked.id !== named.id && r.jobsNamed === 1 && becomingPick.test(r.text);
  return into ? { intent: "gap", asked: true, toRole: picked } : undefined;
};

/** A word of becoming or moving right before the pick: "become the 2nd one", "move to the other one". */
const becomingPick = new RegExp(
  String.raw`\b(?:become|becoming|get to|go to|${wordsGroup(moveVerbs)}\s+(?:in)?to)\s+the\s+\w+(?:\s+one)?\b`,
  "i",
);

/**
 * "how do i get to the first one from there", "how would i move from that to the other one" after a pick
 * narrowed a comparison to one of its roles: the move from the role the thread is on to the one picked, as
 * "how do i get to security engineer from there" is (`sidesOf` sets where it starts).
 */
export const movePickedFromThreadRole: ThreadRule = (r) => {
  const [on, ...more] = r.context?.roles ?? [];
  const picked = r.pick?.role;
  const elsewhere = on !== undefined && more.length === 0 && picked !== undefined && picked.id !== on;
  return elsewhere && r.jobsNamed === 0 && fromThreadWords.test(r.text)
    ? { intent: "gap", asked: true, toRole: picked }
    : undefined;
};
