import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import { socOf } from "../../official/data.js";
import { pairIntents, payIntents, roleIntents } from "../intent/intents.js";
import { besideSideAsked, startOfPickedMove } from "../thread/conversation-state.js";
import { pairInThread } from "../thread/two-picks.js";
import { goesOnFromEnd } from "../words/entity-words.js";
import { comparesTwo, opinionAsked } from "../words/question-asks.js";
import { sideAdded } from "../words/side-offered.js";
import {
  carriedOverAfterMove,
  lackForPickedMoveEnd,
  learnForThreadMoveEnd,
  moveStartCorrected,
  occupationStartKept,
  startCorrected,
  startPayAgainstMove,
  startSetAgainstMove,
} from "./after-move.js";
import { stepSkipped } from "./career-path.js";
import { fitsAmongThreadRoles, ownPayBesideThreadRole } from "./comparisons.js";
import { applyRuling, type Decision } from "./decision.js";
import {
  moveBetweenThreadRoles,
  moveStartOnly,
  namedSwitchingToThreadRole,
  stepBetweenOfThreadMove,
} from "./moves.js";
import { movesWeighed, weighedMoves } from "./moves-weighed.js";
import { movePickedFromStart, movePickedFromThreadRole, sidePickedForComparison } from "./picks.js";
import type { ThreadReading } from "./reading.js";
import { setWithSideSwapped } from "./side-swapped.js";
import { wayFromStart, wayFromStartIntoThreadRole } from "./way-from-start.js";
import { entryWeighed, marketGrowthAsked, titleKindNamed, twoSided } from "./words.js";
import { opinionOfThreadRoles, weighsEarlierRole } from "./work.js";

/*
 * Which roles a question is about once its intent is read, and a move's start and end: those it names, or
 * those it takes from its thread (one weighed against the thread's, the thread's own, the other side of a
 * pair or a move).
 */

/** The roles a question is about, and where a move starts and leads. */
export interface Sides {
  roles: Role[];
  from: Role | undefined;
  to: Role | undefined;
}

/** The roles and the move's ends a question names, and those its thread lends it. */
export function sidesOf(r: ThreadReading, d: Decision): Sides {
  const { e, thread } = r;
  const sides: Sides = { roles: e.roles, from: e.from, to: e.to ?? d.toRole };
  // "data scientist to research scientist - need a phd?": a question about one role's education, path or
  // duties in a message that names a move is about where the move leads.
  if (r.move && e.to && !pairIntents.has(d.intent) && !payIntents.has(d.intent) && d.intent !== "outlook")
    sides.roles = [e.to, ...sides.roles.filter((role) => role !== e.to)];
  // "is devops more in demand?", "which is growing faster" in a thread about two roles: one against the other.
  // "does ml pay more in nyc or sf" after "ml vs data analyst": the role named weighed in two places, so its
  // pay in each side by side, not the thread's other role beside it (otherwise: MLE vs Data Analyst in NYC).
  const placesWeighed = e.otherPlace !== undefined || e.unlistedAgainst !== undefined;
  const weighsBoth = thread.length === 2 && comparesTwo(r.text) && !(placesWeighed && e.roles.length === 1);
  const [named] = sides.roles;
  const heldInstead = d.fired.has(moveStartCorrected) && d.intent === "gap" ? startCorrected(r) : undefined;
  if (heldInstead && thread[0]) {
    // "actually im a dba not an analyst" after a move: from the role held to where the move leads.
    sides.from = heldInstead;
    sides.to = thread[0];
    sides.roles = [heldInstead, thread[0]];
    d.inherited.push("roles");
  } else if (d.fired.has(stepBetweenOfThreadMove) && d.intent === "gap" && !(e.from && e.to)) {
    // "whats the usual step in between" after a move: that move, its start and end kept.
    [sides.to, sides.from] = thread;
    sides.roles = thread;
    d.inherited.push("roles");
  } else if (
    r.covered &&
    roleIntents.has(d.intent) &&
    weighsBoth &&
    named &&
    r.jobsNamed === 1 &&
    thread.includes(named)
  ) {
    sides.roles = [named, ...thread.filter((role) => role !== named)];
    d.inherited.push("roles");
    // Weighed by pay or by growth, whichever its words name, however the classifier leans.
    if (r.asksPay) applyRuling(r, d, undefined, "payCompare");
    else if (marketGrowthAsked(r.text)) applyRuling(r, d, undefined, "outlook");
  } else if (d.fired.has(wayFromStartIntoThreadRole) && d.intent === "gap") {
    // "how would i get into it from where i am": from the job held to the thread's role.
    const way = wayFromStart(r);
    if (way) {
      sides.from = way.from;
      sides.to = way.to;
      sides.roles = [way.from, way.to];
      d.inherited.push("roles");
    }
  } else if (d.fired.has(movesWeighed)) {
    // "which is the easier jump of the two": the thread's moves from one start, its options side by side.
    const weighed = weighedMoves(r);
    if (weighed && d.intent === "payCompare") {
      // "which one pays more": the options' pay, one against the other; the start is none of them.
      sides.roles = weighed.targets;
      sides.from = undefined;
      sides.to = undefined;
      d.inherited.push("roles");
    } else if (weighed) {
      sides.roles = [weighed.from, ...weighed.targets];
      sides.from = weighed.from;
      sides.to = undefined;
      d.inherited.push("roles");
    }
  } else if (d.fired.has(movePickedFromThreadRole) && d.intent === "gap") {
    // "how do i get to the first one from there": from the role the thread was on to the one picked.
    const on = pickedBesideThreadRole(r);
    if (on && sides.to) {
      sides.from = on;
      sides.roles = [on, sides.to];
      d.inherited.push("roles");
    }
  } else if (
    (d.fired.has(learnForThreadMoveEnd) || d.fired.has(carriedOverAfterMove)) &&
    d.intent === "gap"
  ) {
    // "what would i need to learn to make that jump into ML engineering?", "which skills do i already have
    // from qa": the thread's move, its start kept.
    [sides.to, sides.from] = thread;
    sides.roles = thread;
    d.inherited.push("roles");
  } else if (d.fired.has(lackForPickedMoveEnd) && d.intent === "gap") {
    // "what skills am i missing for the latter": the thread's move to the end picked, its start kept.
    const [to, from] = (r.context?.roles ?? []).flatMap((id) => r.kb.roleById.get(id) ?? []);
    if (to && from) {
      [sides.to, sides.from] = [to, from];
      sides.roles = [to, from];
      d.inherited.push("roles");
    }
  } else if (
    (d.fired.has(startPayAgainstMove) && d.intent === "payCompare") ||
    d.fired.has(startSetAgainstMove)
  ) {
    // "pharmacists make a lot already right", "how fast is that growing vs teaching" after a move: the
    // move's sides, the start named among them.
    sides.roles = thread;
    d.inherited.push("roles");
  } else if (d.fired.has(namedSwitchingToThreadRole) && d.intent === "gap" && named && sides.to) {
    // "what would a gameplay programmer need to pick up to switch": from the job named to the thread's role.
    sides.from = named;
    sides.roles = [named, sides.to];
    d.inherited.push("roles");
  } else if (d.fired.has(moveBetweenThreadRoles) && d.intent === "gap") {
    // "is it hard to switch between them": from the first of the two to the second, in the order named.
    const pair = (pairInThread(r.context) ?? []).flatMap((id) => r.kb.roleById.get(id) ?? []);
    [sides.from, sides.to] = pair;
    sides.roles = pair;
    d.inherited.push("roles");
  } else if (d.fired.has(movePickedFromStart) && d.intent === "gap") {
    // "the first one" after options weighed from the role held: from it to the one picked.
    const startId = startOfPickedMove(r.context);
    const start = startId ? r.kb.roleById.get(startId) : undefined;
    if (start && sides.to) {
      sides.from = start;
      sides.roles = [start, sides.to];
      d.inherited.push("roles");
    }
  } else if (d.fired.has(sidePickedForComparison) && d.intent === "compare" && r.pick?.role) {
    // "the first one" after which applied scientist was asked of a comparison: beside the roles it named.
    const named = (besideSideAsked(r.context) ?? []).flatMap((id) => r.kb.roleById.get(id) ?? []);
    sides.roles = [...named, r.pick.role];
    d.inherited.push("roles");
  } else if (d.fired.has(stepSkipped)) {
    // "can i skip the dba step": the thread's role, whose path the step is on.
    sides.roles = thread;
    d.inherited.push("roles");
  } else if (d.fired.has(ownPayBesideThreadRole)) {
    // "how does my current pay compare to the analyst one": the thread's roles, the one named among them.
    sides.roles = named ? [named, ...thread.filter((role) => role !== named)] : thread;
    d.inherited.push("roles");
  } else if (startOfEntryWeighed(r, named)) {
    // "which is easier to get into from help desk" after two roles compared: their ways in weighed, the job
    // one starts from none of them (before: how to start as the job one already holds).
    sides.roles = thread;
    sides.from = undefined;
    d.inherited.push("roles");
  } else if (d.fired.has(fitsAmongThreadRoles) && named && !thread.includes(named)) {
    // "and the mobile devs, where do they fit in": the role named beside those the thread weighed.
    sides.roles = [...thread, named];
    d.inherited.push("roles");
  } else if (earlierPairFromOccupation(r) && r.earlier) {
    // "what does a ds earn", "what about a da", then "which is easier coming from nursing": the two roles
    // asked in turn, weighed as options from the occupation named (otherwise: the nurses' own figures).
    sides.roles = [r.earlier, ...thread];
    d.inherited.push("roles");
  } else if (r.covered && roleIntents.has(d.intent) && thread.length > 0) {
    const swapped = d.intent !== "gap" ? setWithSideSwapped(r.text, sides.roles, thread) : undefined;
    if (swapped && pairIntents.has(d.intent)) {
      // "backend instead of full stack" after "front end vs full stack": the set with one side replaced.
      sides.roles = swapped;
      d.inherited.push("roles");
    } else if (sides.roles.length === 0 && !otherKindOfJob(r)) lendThreadRoles(r, d, sides, weighsBoth);
    else if (pairIntents.has(d.intent) && sides.roles.length === 1 && besideAllOfThread(r, sides.roles)) {
      // "how does ml stack up vs those two" after two roles compared: the one named beside both of them.
      sides.roles = [...thread, ...sides.roles];
      d.inherited.push("roles");
    } else if (
      pairIntents.has(d.intent) &&
      sides.roles.length === 1 &&
      !placesWeighed &&
      // "is it hard to get out of helpdesk" after other roles: where the move leads is asked back, the
      // thread's role lent to no side of it.
      !(d.fired.has(moveStartOnly) && d.intent === "gap") &&
      thread[0] &&
      thread[0].id !== sides.roles[0]?.id
    )
      lendOtherSide(r, d, sides, thread[0]);
  }
  return sides;
}

/** The one job named as where one starts, with the ways into the thread's two or more roles weighed. */
const startOfEntryWeighed = (r: ThreadReading, named: Role | undefined) =>
  named !== undefined &&
  r.e.from === named &&
  !r.e.to &&
  r.jobsNamed === 1 &&
  r.thread.length >= 2 &&
  !r.thread.includes(named) &&
  entryWeighed(r.text);

/** "vs those two", "against both", "compared to them", "how do these three compare with it": all the roles set beside one. */
const allOfThreadSaid =
  /\b(?:those|these|the|them|all)\s+(?:two|three|four|both)\b|\bboth\b|\b(?:vs\.?|versus|against|than|to|with)\s+(?:them|those|these)\b/i;

/** A role named and set beside all of the thread's roles, two or more, none of them it. */
const besideAllOfThread = (r: ThreadReading, named: Role[]) =>
  r.thread.length >= 2 &&
  r.jobsNamed === 1 &&
  !named.some((role) => r.thread.includes(role)) &&
  allOfThreadSaid.test(r.text);
/** The start said as where one comes from: "coming from nursing", "from retail". */
const fromSaid = /\bfrom\s+\S/i;

/**
 * One occupation named as where one comes from, no role named, in a thread on one role with another asked
 * just before it, the two weighed ("which is easier").
 */
const earlierPairFromOccupation = (r: ThreadReading) =>
  r.e.roles.length === 0 && r.e.uncovered.length === 1 && fromSaid.test(r.text) && weighsEarlierRole(r);

/**
 * "what about for a staff engineer" after an engineering manager's pay: a kind of job the thread's roles
 * are not (their names end otherwise), so none of them is lent; the question asks which engineer.
 */
function otherKindOfJob(r: ThreadReading): boolean {
  const kind = titleKindNamed(r.text);
  const endsIn = (role: Role) =>
    role.name
      .toLowerCase()
      .split(/[\s-]+/)
      .at(-1)
      ?.startsWith(kind ?? "");
  return kind !== undefined && r.jobsNamed === 0 && r.thread.length > 0 && !r.thread.some(endsIn);
}

/**
 * A question that names no role is about the thread's. After a move's answer, a question about one role
 * ("what comes after", "what tools do they use") is about where the move leads; the move itself, a
 * comparison, or a question weighing both keeps both.
 */
function lendThreadRoles(r: ThreadReading, d: Decision, sides: Sides, weighsBoth: boolean) {
  const { context, thread, earlier } = r;
  // Working life asked after a move ("is it more on call heavy") weighs both sides; so does its outlook
  // ("and outlook?", "what about the outlook for both"): whether to move turns on both jobs' markets.
  const weighsSides = weighsBoth || r.lifeAsked || d.intent === "outlook";
  const leadsTo =
    context?.intent === "gap" && !pairIntents.has(d.intent) && !weighsSides && thread[0]
      ? [thread[0]]
      : thread;
  sides.roles = leadsTo;
  // "picked": the role came from a pick among the roles the last answer offered, no repeat of its question.
  // "set": the roles set side by side just before, weighed ("which grows fastest"), not every role.
  d.inherited.push(
    "roles",
    ...(r.overOffered ? ["offered"] : []),
    ...(r.pickedOffered ? ["picked"] : []),
    ...(r.setWeighedBy ? ["set"] : []),
  );
  // "overlap?" after "sre skills" then "what about devops": the role the thread was on before is the other.
  if (twoSided.has(d.intent) && thread.length === 1 && earlier && !thread.includes(earlier))
    sides.roles = [earlier, ...thread];
  // "how does it compare w the first" after "third one — whats the path": the role the thread is on, set
  // beside the one picked from the list shown, not the one picked alone.
  const on = pickedBesideThreadRole(r);
  if (twoSided.has(d.intent) && on) sides.roles = [on, ...thread];
  // "is the other one more stressful" after the skills of the first of two: the one picked weighed against
  // the one the thread was on, by an opinion of the work, is the work of both, each unrated (otherwise: the
  // one picked alone, as if "more" set it against nothing).
  if (on && d.intent === "responsibilities" && workWeighedAgainst(r)) sides.roles = [on, ...thread];
  // "who makes more", "which has more openings" after "what does an EM do" then "and a PM?": the two roles
  // the thread has covered, weighed; pay asked so is their pay side by side.
  const weighsEarlier = earlier !== undefined && weighsEarlierRole(r);
  // "which is more stressful": the work of both, each said to be unmeasured.
  const weighsWork = d.fired.has(opinionOfThreadRoles);
  // "ok what about both in seattle", "skills for both" after one role then another: "both" of the two
  // asked in turn, whatever is asked of them (otherwise: the one the thread is on alone).
  const both = earlier !== undefined && bothOfTwoInTurn(r) && d.intent !== "gap";
  if (both || (weighsEarlier && (d.intent === "outlook" || payIntents.has(d.intent) || weighsWork))) {
    sides.roles = [earlier, ...thread];
    if (payIntents.has(d.intent)) d.intent = "payCompare";
  }
  // The thread's move: its context keeps where it leads first, where it starts second. So with a place or
  // a level named ("whats the skill gap in seattle"): the same move there, never the other way.
  if ((r.afterMove || (r.threadMove && r.jobsNamed === 0)) && d.intent === "gap")
    [sides.to, sides.from] = thread;
  if (r.reversed && d.intent === "gap") {
    [sides.from, sides.to] = thread;
    sides.roles = [...thread].reverse();
  }
  if (r.leavingThread || (r.targetStillAsked && d.intent === "gap")) sides.from = thread[0];
  const moveFromHeld = d.intent === "gap" && !sides.from ? gapFromHeld(r) : undefined;
  if (moveFromHeld) {
    [sides.from, sides.to] = moveFromHeld;
    sides.roles = moveFromHeld;
  }
}

/**
 * "what am i missing, ive never managed anyone" after "8 yoe backend, nudged toward EM" and then "em vs
 * senior swe at google": the gap asked of no role is from the role the person holds to the thread's role
 * that is another kind of job, not one of the held role's own occupation ("senior swe" is what a back-end
 * developer is already counted as); never a move between the thread's roles (otherwise: from EM to SWE).
 */
function gapFromHeld(r: ThreadReading): [Role, Role] | undefined {
  const held = r.context?.held ? r.kb.roleById.get(r.context.held) : undefined;
  if (!held || r.jobsNamed > 0 || r.thread.includes(held) || r.context?.intent === "gap") return undefined;
  const heldSocs = new Set(held.onet.map(socOf));
  const other = r.thread.filter((role) => !role.onet.some((code) => heldSocs.has(socOf(code))));
  return other.length === 1 && other[0] ? [held, other[0]] : undefined;
}

/** An opinion of the work or working life asked as more or less of one than another: "more stressful". */
const workWeighedAgainst = (r: ThreadReading) =>
  (opinionAsked(r.text) !== undefined || r.lifeAsked) &&
  /\b(?:more|less|better|worse)\b|\w+er than\b/i.test(r.text);

/**
 * The one role the thread was on when a reply picked another from a list ("the first" after a pick of the
 * third row): the other side of a comparison the reply asks. Undefined when the pick is the thread's role.
 */
function pickedBesideThreadRole(r: ThreadReading): Role | undefined {
  const [on, ...more] = r.context?.roles ?? [];
  const picked = r.pick?.role;
  return on && more.length === 0 && picked && picked.id !== on ? r.kb.roleById.get(on) : undefined;
}

/** "which should a sysadmin aim for", "which would suit a dba": the options weighed for someone in a role. */
const optionsForRole =
  /\bwhich\b.*\b(?:should|would|could|is better for|suits?)\s+(?:a|an|me as an?)\s+\S+(?:\s+\S+)?\s+(?:aim|go|pick|choose|target|switch|move|suit)\b|\bwhich\b.*\b(?:suits?|for)\s+(?:a|an)\s+\S+(?:\s+\S+)?\s*\??$/i;

/**
 * "compare it with swe", "how do I get there from swe": the thread's role is the other one. "and mobile"
 * after two roles set side by side: a third beside them (`sideAdded`).
 */
function lendOtherSide(r: ThreadReading, d: Decision, sides: Sides, threadRole: Role) {
  const { context, thread } = r;
  const named = sides.roles[0] as Role;
  // "which should a sysadmin aim for" after two roles set side by side: they are options from the role named.
  if (d.intent !== "gap" && thread.length === 2 && !thread.includes(named) && optionsForRole.test(r.text)) {
    sides.roles = [named, ...thread];
    sides.from = named;
    d.inherited.push("roles");
    return;
  }
  // "and mobile", "hm and backend?", "what about qa too" after two roles set side by side: a third beside
  // them; "what about backend instead" takes the second's place.
  const added = d.intent !== "gap" && thread.length >= 2 && !thread.includes(named) && sideAdded(r.text);
  const corrected = !added && d.intent !== "gap" ? sideCorrected(r.text, thread, named) : undefined;
  sides.roles = added ? [...thread, named].slice(0, 3) : (corrected ?? [threadRole, named]);
  d.inherited.push("roles");
  if (d.intent !== "gap") return;
  // After a move from an occupation, the occupation stays where it starts (see `occupationStartKept`).
  if (occupationStartKept(r, d.intent)) {
    sides.to = named;
    sides.roles = [named];
    return;
  }
  // After the way into one role with no start kept ("from teacher to data analyst": a start of several
  // occupations), another role offered is the way into it alone, never a move from the first role.
  // "and then distinguished?" goes on from where the move led.
  const goesOn = goesOnFromEnd.test(r.text);
  const noStartKept =
    !goesOn &&
    context?.intent === "gap" &&
    thread.length === 1 &&
    !r.occupationMove &&
    !context.leaving &&
    !context.held &&
    r.e.from === undefined;
  if (noStartKept) {
    sides.to = named;
    sides.roles = [named];
    return;
  }
  // After a move's answer ("swe -> mle?" then "what about devops instead"), the start stays.
  // The job the person holds is where any move they weigh starts ("qa: devops or sre?", then "what about
  // full stack instead"), after options from it as after a move from it.
  const held = context?.held ? r.kb.roleById.get(context.held) : undefined;
  // "cloud architect" after "which cloud role do you want to move on to from System Administrator?": the
  // role the question back named as the start (the end of the move before it, where the move went on),
  // before the job held.
  const left = context?.leaving ? r.kb.roleById.get(context.leaving) : undefined;
  const start =
    left && left !== named && thread.includes(left)
      ? left
      : held && held !== named && !goesOn
        ? held
        : context?.intent === "gap" && thread[1] && !goesOn
          ? thread[1]
          : threadRole;
  // "which of them carry over from swe", "which ones would a swe already have" after a role's skills: the
  // role named is where the move starts, the thread's where it leads.
  if (r.e.from === named || d.toRole === threadRole) {
    sides.from = named;
    sides.to = threadRole;
  } else {
    sides.from = start;
    sides.to = named;
    sides.roles = [start, named];
  }
}

/** A message that opens by taking back what was asked: "no sorry …", "actually …", "i meant …". */
const correctionOpens = /^\W*(?:no|nah|nope|sorry|oops|actually|wait|i meant?)\b/i;

/**
 * "no sorry big data cloud engineer" after "cloud architect vs network architect": a correction naming one
 * role in place of one of the two set side by side, the one whose name shares a word with it that the other
 * does not ("cloud"), which the person meant to name. The pair with that side replaced; undefined where
 * no one side shares such a word ("sre vs devops", then "no sorry security engineer": both are engineers).
 */
function sideCorrected(text: string, thread: readonly Role[], named: Role): Role[] | undefined {
  if (thread.length !== 2 || thread.includes(named) || !correctionOpens.test(text)) return undefined;
  const wordsOf = (role: Role) => new Set(tokenize(role.name).map(stem));
  const [a, b] = thread.map(wordsOf);
  const own = [...wordsOf(named)];
  const sharing = thread.filter((_, i) => {
    const mine = i === 0 ? a : b;
    const other = i === 0 ? b : a;
    return own.some((w) => mine?.has(w) && !other?.has(w));
  });
  const [side] = sharing;
  return side && sharing.length === 1 ? thread.map((role) => (role === side ? named : role)) : undefined;
}

/** "both", "the two", "each of them": the two roles a thread went through, said at once. */
const bothSaid = /\b(?:both|the two|each of them|either)\b/i;

/**
 * "ok what about both in seattle" after "sre pay", then "what about devops" (or a correction from one to the
 * other): the role before the thread's one and it, both asked of, no role named.
 */
const bothOfTwoInTurn = (r: ThreadReading) =>
  r.thread.length === 1 &&
  r.earlier !== undefined &&
  !r.thread.includes(r.earlier) &&
  r.jobsNamed === 0 &&
  bothSaid.test(r.text);
