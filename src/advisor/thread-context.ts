import { namedJobs } from "../understanding/entities/entities.js";
import { pairIntents, payIntents } from "../understanding/intent/intents.js";
import type { Understanding } from "../understanding/shape/understanding.js";
import {
  type ConversationContext,
  compactContext,
  companiesKept,
  employersNamedAtMost,
  recentAtMost,
} from "../understanding/thread/conversation-state.js";
import { saysHeld } from "../understanding/thread/held-occupation.js";
import type { Answer } from "./answers.js";

/*
 * What a thread is about after an answer: its roles, occupation, last intent and what it offered, for the
 * next question in it.
 */

/** The roles, level and place an answer is about, for the thread's next question. */
export function contextAfter(
  answer: Answer,
  previous: ConversationContext,
  u?: Understanding,
): ConversationContext {
  const {
    perHour: _before,
    held: _kept,
    heldOccupation: _said,
    companiesBefore: _employers,
    companiesBeside: _beside,
    employersNamed: _named,
    placeBefore: _placeEarlier,
    payStated: _amount,
    ...next
  } = nextContext(answer, previous, u);
  const held = heldAfter(answer, previous, next, u);
  const heldOccupation = heldOccupationAfter(answer, previous, next, u);
  const earlier = earlierRole(previous, next);
  const earlierOccupation = weighedBefore(answer) ?? occupationBefore(previous, next);
  const companiesBefore = employersBefore(previous, next, u);
  const employersNamed = employersNamedIn(previous, next, u);
  const placeBefore = placeAskedBefore(previous, next);
  const inTurn = rolesInTurn(previous, next);
  const recent = rolesNamedRecently(previous, next);
  const shown = occupationSides(answer, u, heldOccupation) ?? shownSet(answer, previous, next);
  // Kept for one answer: "is that before tax" after pay asked per hour works that answer out again.
  return {
    ...next,
    ...(earlier ? { earlier } : {}),
    ...(earlierOccupation ? { earlierOccupation } : {}),
    ...(companiesBefore?.length ? { companiesBefore } : {}),
    // "google vs meta new grad swe tc": the employers named beside the one the thread is at, which lead the
    // list of those before it.
    ...(companiesBefore?.length && u?.otherCompanies?.length
      ? { companiesBeside: Math.min(u.otherCompanies.length, companiesBefore.length) }
      : {}),
    ...(employersNamed ? { employersNamed } : {}),
    ...(placeBefore ? { placeBefore } : {}),
    ...(inTurn ? { inTurn } : {}),
    ...(recent ? { recent } : {}),
    ...(shown ? { shown } : {}),
    ...(held ? { held } : {}),
    ...(heldOccupation ? { heldOccupation } : {}),
    ...(u?.perHour ? { perHour: true } : {}),
    // Kept for one answer, a question back of which job: the reply picking one has the amount weighed.
    ...(answer.kind === "clarify" && u?.payStated ? { payStated: u.payStated } : {}),
  };
}

/**
 * The roles set side by side that a pick chooses from after an answer: a comparison's, or a ranking's rows
 * once one was picked. Kept while the thread stays on roles of that set ("the first one, skills", then
 * "and the second one"), dropped once it moves on or a question back offers something else to pick.
 */
function shownSet(
  answer: Answer,
  previous: ConversationContext,
  next: ConversationContext,
): string[] | undefined {
  if (answer.kind === "compare" || answer.kind === "pay-compare")
    return next.roles.length >= 2 ? next.roles : undefined;
  // Two occupations weighed side by side: "the first one" picks one of them.
  if (answer.kind === "answer" && answer.occupationsWeighed) return answer.occupationsWeighed;
  // Every row a ranking shows ("the last one" is its tenth); it offers fewer to weigh ("which of those").
  if (answer.kind === "ranking") return answer.rows.map((r) => r.role?.id ?? r.soc);
  if (next.offered?.length || next.roles.length === 0) return undefined;
  const occupationThenRole = occupationGoneThrough(answer, previous, next);
  if (occupationThenRole) return occupationThenRole;
  // A set shown before stays the set. So does a question back's options once one of them is picked ("what
  // skills for security" offered Security Engineer and Security Analyst; "the engineering one" picks one,
  // and "hows it different from the analyst" names the other by its head).
  const offered = previous.offered && previous.offered.length >= 2 ? previous.offered : undefined;
  const before = previous.shown ?? offered;
  return before && next.roles.every((id) => before.includes(id)) ? before : undefined;
}

/**
 * An official occupation, then one role asked of in turn ("what does an electrician make", "and a network
 * administrator"): the two the thread went through, the occupation first, for "from the first to the second"
 * to pick them (otherwise: the occupation was forgotten, and the move was asked back from the role).
 */
function occupationGoneThrough(
  answer: Answer,
  previous: ConversationContext,
  next: ConversationContext,
): string[] | undefined {
  const [role, ...more] = next.roles;
  const fromOccupation = previous.occupation !== undefined && previous.roles.length === 0;
  if (answer.kind !== "answer" || !fromOccupation || !role || more.length > 0 || next.occupation)
    return undefined;
  return previous.heldOccupation ? undefined : [previous.occupation as string, role];
}

/**
 * "systems analyst vs business analyst": an occupation set against roles in a comparison, its sides in the
 * order named (an occupation the thread was on before the roles, first), for "just the first then" to pick
 * one of them (otherwise: the reply kept the occupation and its comparison, three answers running). Not
 * roles weighed as options from an occupation held ("im a nurse, data analyst or it support?").
 */
function occupationSides(
  answer: Answer,
  u: Understanding | undefined,
  heldOccupation: string | undefined,
): string[] | undefined {
  if (answer.kind !== "occupation" || !answer.comparedRoles?.length || heldOccupation || !u) return undefined;
  // "vs a dba?" after "plumber salary": the role named set beside the thread's occupation, however it reads.
  const besideThreadOccupation = u.entities.uncovered.length === 0 && u.entities.roles.length > 0;
  if (!besideThreadOccupation && (!pairIntents.has(u.intent) || u.intent === "gap")) return undefined;
  const occupationFirst = u.entities.occupationFirst === true || u.entities.uncovered.length === 0;
  return occupationFirst ? [answer.soc, ...answer.comparedRoles] : [...answer.comparedRoles, answer.soc];
}

/**
 * The other employers the thread's roles were asked of beside the one they are at now, the latest first:
 * those named with it ("mle pay at meta vs amazon"), then the one before it and those before that ("amazon
 * data engineer salary?", then "and at meta?"), kept while the thread stays on the same roles: "which of
 * the two pays more" weighs them all.
 */
function employersBefore(
  previous: ConversationContext,
  next: ConversationContext,
  u: Understanding | undefined,
): string[] | undefined {
  if (!next.company) return undefined;
  const sameRoles = next.roles.length > 0 && next.roles.join() === previous.roles.join();
  const earlier = sameRoles ? [previous.company, ...(previous.companiesBefore ?? [])] : [];
  const named = [...(u?.otherCompanies ?? []), ...earlier].filter(
    (c): c is string => c !== undefined && c !== next.company,
  );
  // At most as many as a saved thread keeps (the store's schema rejects more).
  return [...new Set(named)].slice(0, companiesKept);
}

/**
 * Every employer the thread asked pay at, oldest first, whatever roles it was asked of ("data scientist at
 * google", then "software engineer at meta"), while the thread is at one: for a place among them picked
 * ("and at the first company"). Undefined with fewer than two.
 */
function employersNamedIn(
  previous: ConversationContext,
  next: ConversationContext,
  u: Understanding | undefined,
): string[] | undefined {
  if (!next.company) return undefined;
  const before =
    previous.employersNamed ??
    (previous.company ? [...(previous.companiesBefore ?? [])].reverse().concat(previous.company) : []);
  const named = [...new Set([...before, ...(u?.otherCompanies ?? []), next.company])];
  return named.length > 1 ? named.slice(-employersNamedAtMost) : undefined;
}

/**
 * The place the thread's roles were asked of before the one they are asked of now ("swe pay in seattle",
 * then "and in austin?"), kept while the thread stays on the same roles and place: "which one pays more"
 * weighs the two places for the role, not the role against another.
 */
function placeAskedBefore(previous: ConversationContext, next: ConversationContext): string | undefined {
  const sameRoles = next.roles.length > 0 && next.roles.join() === previous.roles.join();
  if (!sameRoles || !next.place || !previous.place) return undefined;
  const before = previous.place !== next.place ? previous.place : previous.placeBefore;
  return before !== next.place ? before : undefined;
}

/**
 * The role a thread was on before the one role it is on now: the other one it was on last, or, while it
 * stays on the same role, the one it was on before that ("sre skills", "what about devops", "its pay").
 */
function earlierRole(previous: ConversationContext, next: ConversationContext): string | undefined {
  const [now] = next.roles;
  // A move from an occupation (the option picked after "nurse here, data analyst or it support?") has the
  // occupation as its other side: "does it pay more" sets its pay against the role's, not the other option's.
  const fromOccupation = next.intent === "gap" && next.occupation !== undefined;
  if (next.roles.length !== 1 || !now || fromOccupation) return undefined;
  const other = previous.roles.find((id) => id !== now);
  return other ?? (previous.roles.includes(now) ? previous.earlier : undefined);
}

/**
 * The occupation a thread was on before the one it is on now: the other one it was on last ("i work in a
 * warehouse", then "what about truck driving"), or, while it stays on the same occupation, the one it was on
 * before that ("is it growing?" about truck drivers, then "which one has more openings").
 */
function occupationBefore(previous: ConversationContext, next: ConversationContext): string | undefined {
  const now = next.occupation;
  if (!now || !previous.occupation) return undefined;
  return previous.occupation !== now ? previous.occupation : previous.earlierOccupation;
}

/**
 * After occupations weighed side by side, the one before the occupation the thread goes on with (the last
 * weighed): "and which pays more" then weighs the same two, in the same order.
 */
function weighedBefore(answer: Answer): string | undefined {
  if (answer.kind !== "answer" || !answer.occupationsWeighed) return undefined;
  return answer.occupationsWeighed.filter((soc) => soc !== answer.occupation).at(-1);
}

/**
 * The roles the thread went through one at a time, oldest first, while each answer is about one role: a
 * new one is added (at most three kept), the same one keeps them; anything else ends the run.
 */
function rolesInTurn(previous: ConversationContext, next: ConversationContext): string[] | undefined {
  const [now] = next.roles;
  const [before] = previous.roles;
  if (next.roles.length !== 1 || previous.roles.length !== 1 || !now || !before) return undefined;
  const run = previous.inTurn ?? [before];
  const roles = run.includes(now) ? run : [...run, now].slice(-3);
  return roles.length > 1 ? roles : undefined;
}

/**
 * The roles the thread's last answers were about, in the order first named (`ConversationContext.recent`):
 * the answer's roles added to those before, the oldest dropped past `recentAtMost`. An answer about no role
 * (a ranking, an occupation) ends the set: "which of these" then has nothing of the thread's to weigh.
 */
function rolesNamedRecently(previous: ConversationContext, next: ConversationContext): string[] | undefined {
  if (next.roles.length === 0) return undefined;
  const before = previous.recent ?? previous.roles;
  const named = [...before, ...next.roles.filter((id) => !before.includes(id))].slice(-recentAtMost);
  return named.length > next.roles.length ? named : undefined;
}

/**
 * The role the person holds: the one a question said they are ("i'm a qa engineer": a start with nowhere
 * to go named) or the start of options compared, else the one said before, kept while the thread stays on
 * it, on options from it ("qa: devops or sre?") or on a move from it ("what would i need for the devops
 * one"): "what about full stack instead" then still starts from it. Any other answer ends it.
 */
function heldAfter(
  answer: Answer,
  previous: ConversationContext,
  next: ConversationContext,
  u: Understanding | undefined,
): string | undefined {
  if (answer.kind === "compare" && answer.from) return answer.from.id;
  const e = u?.entities;
  const said = e?.from && !e.to && e.roles.length === 1 ? e.from.id : undefined;
  // "8 yoe backend, nudged toward EM. is the pay bump real vs staying senior IC": the role held, set beside
  // where the move leads, is held still while the thread weighs that move.
  const besideEnd =
    e?.from && e.to && e.from !== e.to && next.roles.includes(e.from.id) ? e.from.id : undefined;
  const held = said ?? besideEnd ?? previous.held;
  if (!held) return undefined;
  const onIt = next.roles.length === 1 && next.roles[0] === held;
  const moveFromIt = next.intent === "gap" && next.roles.includes(held);
  // A follow-up on the options themselves ("which one pays more", "the devops one, what to learn") stays on
  // them; so does one that sets an option beside another way to go ("em vs senior swe at google").
  const options = (previous.shown ?? previous.roles).filter((id) => id !== held);
  const onOptions =
    previous.held === held && next.roles.length > 0 && next.roles.some((id) => options.includes(id));
  // "i work help desk", then "what does a security analyst make": one role other than the job held, asked
  // of (its pay, its work), is one the person weighs going to; "how do i get there" then starts from the job
  // held. Two or more others asked of at once, or none, end it.
  const others = next.roles.filter((id) => id !== held);
  const onOneOther = others.length === 1 && next.roles.length <= 2;
  return onIt || moveFromIt || besideEnd || onOptions || onOneOther ? held : undefined;
}

/**
 * The occupation the person said they hold ("im a nurse", "teacher here": one occupation named, no role),
 * kept while the thread names no role (a question back on which teacher, its pay), for a role weighed next.
 * Said with roles weighed as options from it ("im a nurse, should i go for data analyst or it support"),
 * it is kept beside them for the reply that picks one: the move from it to the one picked.
 */
function heldOccupationAfter(
  answer: Answer,
  previous: ConversationContext,
  next: ConversationContext,
  u: Understanding | undefined,
): string | undefined {
  const e = u?.entities;
  const [only] = e?.uncovered ?? [];
  const options =
    (answer.kind === "occupation" && (answer.comparedRoles?.length ?? 0) >= 2) ||
    (answer.kind === "compare" && answer.fromOccupation !== undefined);
  const said =
    u &&
    e &&
    only &&
    e.uncovered.length === 1 &&
    (e.roles.length === 0 || options) &&
    saysHeld(u.text, only.typed)
      ? only.typed
      : undefined;
  if (said) return said;
  // "cashier here, want to get into web development", asked back which web role: the occupation held, the
  // first of the two named, is where the move to the one picked starts.
  const [held, target] = e?.uncovered ?? [];
  const whichOfTarget =
    answer.kind === "clarify" && answer.offered && e?.uncovered.length === 2 && e.roles.length === 0;
  if (u && held && target && whichOfTarget && saysHeld(u.text, held.typed)) return held.typed;
  // "teacher here, thinking data analyst": a move from a title that stands for several occupations keeps no
  // one occupation's code, so the title as typed is kept, for the next role weighed to be a move from it
  // too ("what about data scientist?"; otherwise "and network architect?" gave the way in from nothing).
  const unread = answer.kind === "gap" && answer.fromOccupation === true && answer.from.id === "";
  if (unread && only && e?.uncovered.length === 1) return only.typed;
  // "i work in a warehouse, want to move into IT", then "which is easier, help desk or network admin": roles
  // named and weighed side by side, naming no job of their own, are options for the job held (said so, or
  // where the thread's move started), which is kept for "what from my job would even count" next
  // (otherwise: the job held was lost on the comparison, and that reply read as off topic).
  const heldBefore = previous.heldOccupation ?? (previous.intent === "gap" ? previous.occupation : undefined);
  // (Typed as a command, "sysadmin vs help desk" has no reading of its own: its comparison is the answer's.)
  const rolesWeighed =
    u === undefined
      ? answer.kind === "compare" && answer.roles.length >= 2
      : (u.intent === "compare" || u.intent === "payCompare") &&
        e !== undefined &&
        e.roles.length >= 2 &&
        namedJobs(e) === e.roles.length;
  const optionsWeighed = rolesWeighed && next.occupation === undefined;
  if (heldBefore && optionsWeighed) return heldBefore;
  // Asked back which of them the job held moves to: kept for the reply that picks one.
  if (answer.kind === "clarify" && u?.carriedToWhich) return previous.heldOccupation;
  // "im a teacher", then "what does a data analyst make": one role asked of is one the person weighs going
  // to, as with a role held (`heldAfter`); kept while the thread weighs one role at a time, for "how would i
  // get there from where i am" to start from the job held. Two roles at once, or another occupation, end it.
  const weighedNext = next.roles.length === 1 && next.occupation === undefined && previous.roles.length <= 1;
  if (previous.heldOccupation && weighedNext) return previous.heldOccupation;
  if (next.roles.length > 0 || !previous.heldOccupation) return undefined;
  // A pick among the occupations a held title stands for ("the third one" after "im a teacher") names the
  // one held more closely than the title typed: it is held by its SOC code, which reads as that occupation,
  // so a role weighed next is still a move from it (otherwise: "what about sysadmin?" after the pick gave
  // System Administrator's duties). Another occupation asked of is no longer the one held.
  const moved = next.occupation !== undefined && next.occupation !== previous.occupation;
  const picked = moved && previous.offered?.includes(next.occupation ?? "");
  return picked ? next.occupation : moved ? undefined : previous.heldOccupation;
}

/**
 * The thread's context without what lasts for the next message only. What a question back offered is kept
 * for the reply that picks from it. So are a set shown (worked out again from `previous`), what a ranking
 * ranked by, the order a pay comparison set its roles in and an uncovered occupation named: each is for
 * the reply right after it.
 */
function lastingContext(previous: ConversationContext): ConversationContext {
  const {
    offered: _answered,
    earlier: _before,
    earlierOccupation: _occupationBefore,
    inTurn: _run,
    recent: _named,
    leaving: _asked,
    shown: _set,
    checked: _skills,
    rankedBy: _ranked,
    byPay: _ordered,
    uncovered: _declined,
    ...before
  } = previous;
  return before;
}

/**
 * The roles the thread is on after an answer of no kind of its own. An answer that picked one of several
 * roles ("which one should i start with": IT support) leaves the one picked as the thread's subject. "the
 * third one" of two, asked back which: the roles are offered to pick from, the thread on none of them, so
 * "the second one" then asks the question again of it rather than what to know of it.
 */
function rolesAfterAnswer(answer: Answer, previous: ConversationContext, u: Understanding): string[] {
  const about = answer.kind === "answer" ? answer.about : undefined;
  const picked = about?.length === 1 && u.roles.length > 1;
  // "the engineer one" of where a move from QA Engineer leads, asked back which: the move's start stays.
  // So is "what from my job would even count", asked back which of the roles weighed the job held moves to.
  if (u.pickedPast || u.pickedUnclear || u.carriedToWhich)
    return answer.kind === "clarify" && answer.leaving ? [answer.leaving] : [];
  // "which cloud role, from Registered Nurses, instead of IT support?": the thread on none of the roles, the
  // occupation kept beside them, so the one picked is the move from it, not from the role set aside.
  if (answer.kind === "clarify" && answer.beside && answer.offered && u.inherited.includes("roles"))
    return [];
  if (u.roles.length && !picked) return u.roles.map((r) => r.id);
  return about?.length ? about.map((r) => r.id) : previous.roles;
}

/**
 * An employer's name for the level asked ("L5"), kept while the thread's level is the one it stood for, or
 * while it stood for none (no employer using it asked about yet): "at google?" after "L5 swe pay" reads it.
 */
function companyLevelAfter(
  u: Understanding,
  previous: ConversationContext,
): Pick<ConversationContext, "companyLevel"> {
  if (u.companyLevel) return { companyLevel: u.companyLevel.name };
  const kept = previous.companyLevel && (u.level === undefined || u.inherited.includes("level"));
  return kept ? { companyLevel: previous.companyLevel } : {};
}

/**
 * What the thread is about after an answer of no kind of its own (an answer, a question back): the roles
 * it is on, the level and place asked or carried, and what a question back offered or asked.
 */
function contextAfterAnswer(
  answer: Answer,
  previous: ConversationContext,
  u: Understanding,
): ConversationContext {
  const movePaid = sidesOfMovePaid(answer, previous, u);
  return compactContext({
    roles: movePaid ? previous.roles : rolesAfterAnswer(answer, previous, u),
    ...(u.level
      ? { level: u.level, unlistedLevel: u.unlistedLevel }
      : previous.level
        ? { level: previous.level, unlistedLevel: previous.unlistedLevel }
        : {}),
    ...companyLevelAfter(u, previous),
    ...placeAfter(u, previous),
    ...companyAfter(answer, previous, u, movePaid),
    // "are they in demand?" asked back with roles to pick: the market of the one picked is its outlook.
    // The two sides of a move from an occupation weighed ("which one has more openings") leave the thread on
    // the move, as its pay side by side does: "what would i need to learn" is still its gap.
    intent:
      answer.kind === "clarify" && answer.offered && u.intent === "market"
        ? "outlook"
        : sidesOfMoveWeighed(answer, previous) || moveEndFollowedUp(answer, previous, u) || movePaid
          ? "gap"
          : u.intent,
    // A question back's options, or the roles a path offered as where to go next.
    ...((answer.kind === "clarify" || answer.kind === "answer") && answer.offered
      ? { offered: answer.offered }
      : {}),
    // "which IT role, beside Registered Nurses?": the occupation the one picked is set beside.
    ...(answer.kind === "clarify" && answer.beside ? { occupation: answer.beside } : {}),
    // "what does an IT manager do", then "how much do they make": the occupation the title was read as.
    ...(answer.kind === "answer" && answer.occupation ? { occupation: answer.occupation } : {}),
    ...(moveEndFollowedUp(answer, previous, u) ? { occupation: previous.occupation } : {}),
    // "whats the top 10% making" after an occupation's figures: the answer is about those figures, so the
    // thread stays on the occupation for "what about the 25th percentile" next.
    ...(u.figuresAsked && previous.occupation ? { occupation: previous.occupation } : {}),
    // "should i move on from QA", asked where to: the start, for a reply that names no target.
    ...(answer.kind === "clarify" && answer.leaving ? { leaving: answer.leaving } : {}),
    // "is spark used there": the skills checked, for "and the other one?" to check of it.
    ...(answer.kind === "answer" && u.skillsAsked?.length ? { checked: u.skillsAsked } : {}),
  });
}

/**
 * An answer weighing the occupation a thread's move starts from against the role it leads to ("which one
 * has more openings").
 */
const sidesOfMoveWeighed = (answer: Answer, previous: ConversationContext) =>
  answer.kind === "answer" &&
  previous.intent === "gap" &&
  previous.occupation !== undefined &&
  answer.occupation === previous.occupation &&
  previous.roles.length === 1;

/**
 * Each side's pay after a move between two roles ("and in sf?" after back-end developer to engineering
 * manager): the thread stays on the move, its roles in the move's order, as after its pay side by side
 * (`nextContext`'s "pay-compare"). The answer lists the sides in the order the thread held them, where the
 * move leads first; kept as the answer's, the next question would read the move backwards (otherwise: "what
 * would i need to learn" gave the gap from Engineering Manager to Back-End Developer).
 */
const sidesOfMovePaid = (answer: Answer, previous: ConversationContext, u: Understanding) =>
  answer.kind === "answer" &&
  previous.intent === "gap" &&
  previous.occupation === undefined &&
  previous.roles.length === 2 &&
  payIntents.has(u.intent) &&
  u.roles.length === previous.roles.length &&
  u.roles.every((r) => previous.roles.includes(r.id));

/** The pay of one role: its salary, its total compensation. */
const singlePayIntents: ReadonlySet<string> = new Set(["salary", "totalComp"]);

/** Words that weigh one side's pay against the other's: "pay difference", "how much more", "vs". */
const sidesWeighed = /\b(?:diff|difference|vs|versus|compared?|more|less)\b/i;

/**
 * A follow-up naming no job, answered of where a move from an occupation leads ("how would i even get in"
 * after a move from retail into product management): the thread stays on the move, its start kept, so
 * "what skills am i missing" is still the gap from it (otherwise: the way into the role, from nothing).
 */
const moveEndFollowedUp = (answer: Answer, previous: ConversationContext, u: Understanding) =>
  answer.kind === "answer" &&
  previous.intent === "gap" &&
  // "what does it pay starting out" after a move from store manager into IT support: the answer gave the
  // role's pay alone, so "and in texas?" next is its pay there, not both sides' again (otherwise the
  // thread went back to the manager's national figures beside it). A pay question that weighs the two
  // ("senior level pay difference?") stays on the move.
  !(singlePayIntents.has(u.intent) && !sidesWeighed.test(u.text)) &&
  previous.occupation !== undefined &&
  previous.roles.length === 1 &&
  u.inherited.includes("roles") &&
  u.roles.length === 1 &&
  u.roles[0]?.id === previous.roles[0];

/**
 * The place the thread is on after an answer: the one asked, with figures or none ("in dc", with the
 * location containing it, if any), else the one before. A place asked replaces both kinds before it.
 */
function placeAfter(
  u: Understanding,
  previous: ConversationContext,
): Pick<ConversationContext, "place" | "unlistedPlace"> {
  if (u.unlistedPlace) return { unlistedPlace: u.unlistedPlace, ...(u.place ? { place: u.place } : {}) };
  if (u.place) return { place: u.place };
  return {
    ...(previous.place ? { place: previous.place } : {}),
    ...(previous.unlistedPlace ? { unlistedPlace: previous.unlistedPlace } : {}),
  };
}

/**
 * The employer the thread is at after an answer: the one asked of, or, after an answer of no pay about the
 * thread's same roles ("is data analyst a growing field" after Kroger's pay for one), the one it was at,
 * as a place asked stays: "ok and pay in denver if not kroger" next sets that employer aside (otherwise: no
 * employer known, "kroger" read as a job).
 */
function companyAfter(
  answer: Answer,
  previous: ConversationContext,
  u: Understanding,
  movePaid: boolean,
): Pick<ConversationContext, "company"> {
  if (u.company) return { company: u.company };
  // A pay answer with no employer left it behind ("ok just general then, in sf" after Google's pay).
  if (payIntents.has(u.intent) || pairIntents.has(u.intent)) return {};
  const roles = movePaid ? previous.roles : rolesAfterAnswer(answer, previous, u);
  const sameRoles = roles.length > 0 && roles.join() === previous.roles.join();
  const otherEmployer = u.entities.employers.length > 0 || u.entities.companyKinds.length > 0;
  return previous.company && sameRoles && !otherEmployer ? { company: previous.company } : {};
}

/** What the thread is about after an answer of each kind: its roles, occupation, last intent, what it offered. */
function nextContext(answer: Answer, previous: ConversationContext, u?: Understanding): ConversationContext {
  const ids = (refs: { id: string }[]) => refs.map((r) => r.id);
  const before = lastingContext(previous);
  const base = { ...before, ...(u ? { intent: u.intent } : {}) };
  // An answer about curated roles leaves behind the occupation the thread was on ("i'm a nurse", then
  // "data analyst"): the next follow-up is about the role.
  const { occupation: _left, ...onRoles } = base;
  switch (answer.kind) {
    case "role":
      return compactContext({ ...onRoles, roles: [answer.role.id], intent: u?.intent ?? "responsibilities" });
    case "salary":
      // "salary for a swe in austin", then "*data engineer": the level and place the command named stay.
      return compactContext({
        ...onRoles,
        ...answer.asked,
        roles: [answer.role.id],
        intent: u?.intent ?? "salary",
      });
    case "pay-weighed":
      // "got an offer for 82k as a data analyst", then "what about in seattle?": pay again, of the role or
      // the occupation the amount was set against.
      // Set against several roles ("can i make 200k in any of them"), the thread keeps them all.
      return answer.role || answer.roles
        ? compactContext({
            ...onRoles,
            roles: answer.roles?.map((r) => r.id) ?? (answer.role ? [answer.role.id] : []),
            intent: "salary",
          })
        : compactContext({
            roles: [],
            ...(answer.soc ? { occupation: answer.soc } : {}),
            ...(u?.place ? { place: u.place } : {}),
            intent: "salary",
          });
    case "checklist":
      return compactContext({ ...onRoles, roles: [answer.role.id], intent: u?.intent ?? "skills" });
    case "path":
      // The related roles it lists, for a reply that weighs them ("which of those pays best").
      return compactContext({
        ...onRoles,
        roles: [answer.role.id],
        intent: u?.intent ?? "path",
        offered: answer.related.map((r) => r.id),
      });
    case "compare":
      // The options of a move set side by side ("dba: data architect or data engineering?") are compared
      // roles, no move between them: "which one pays more" weighs the two.
      // Options weighed from an occupation held keep it, for "the second one" to be the move from it.
      return compactContext({
        ...onRoles,
        // "data scientist vs software engineer at google", then "what about ml there": the employer or place
        // the comparison was asked at stays, as after one role's pay.
        ...(u?.place ? { place: u.place } : {}),
        ...(u?.company ? { company: u.company } : {}),
        roles: ids(answer.roles),
        intent: u?.intent && u.intent !== "gap" ? u.intent : "compare",
        ...(answer.fromOccupation ? { occupation: answer.fromOccupation.soc } : {}),
      });
    case "pay-compare": {
      // "what would i earn" after a move: the thread stays on the move, where it starts and where it leads.
      // A role the move did not name ("sysadmin or network admin?" after a move into network admin) is a
      // new comparison (otherwise: "is either of them growing" then lost the system administrator). The side a
      // move from an occupation starts from is that occupation, kept for "and in chicago?" after it.
      const ofMove = (id: string) =>
        previous.roles.includes(id) || previous.held === id || previous.occupation === id;
      if (previous.intent === "gap" && answer.roles.every((r) => ofMove(r.role.id)))
        return compactContext({ ...base, roles: previous.roles, intent: "gap" });
      // One role's pay in two places ("mobile dev pay in austin vs nyc") leaves the thread on that one role,
      // never on a pair of the same role, which a follow-up would set against itself.
      return compactContext({
        ...onRoles,
        roles: [...new Set(ids(answer.roles.map((r) => r.role)))],
        intent: "payCompare",
        ...(answer.byPay ? { byPay: answer.byPay } : {}),
      });
    }
    case "ranking": {
      // "the second one" after a ranking: the rows shown, in order, for the reply to pick from. A ranking
      // of one role ("how do i get into IT? no degree": IT Support) leaves it as the thread's subject.
      const [only] = answer.rows;
      return compactContext({
        roles: answer.rows.length === 1 && only?.role ? [only.role.id] : [],
        intent: "roleRanking",
        offered: answer.rows.map((r) => r.role?.id ?? r.soc),
        rankedBy: answer.metric,
      });
    }
    case "gap":
      // A move from an occupation leaves the role it leads to as the thread's subject, and the occupation
      // (its SOC code, where the move's start was read as one) for a question about the move itself.
      return compactContext({
        ...onRoles,
        roles: answer.fromOccupation ? [answer.to.id] : [answer.to.id, answer.from.id],
        ...(answer.fromOccupation && answer.from.id ? { occupation: answer.from.id } : {}),
        intent: "gap",
      });
    case "occupation": {
      // "should i move from paralegal to technical writer", then "is it in demand": the occupation moved to
      // is what a follow-up asks of, the one left beside it (it was the paralegals', r88).
      const movedTo = u && occupationMovedTo(answer, u);
      // "is it growing?" after "how much do electricians make": the occupation stays the thread's subject.
      return compactContext({
        roles: answer.comparedRoles ?? [],
        occupation: movedTo ?? answer.soc,
        // "how much do accountants make in california", then "and mle there?": the place asked stays.
        ...(u?.place ? { place: u.place } : {}),
        // "warehouse associates at amazon", then "what about their devops engineers": the employer asked stays.
        ...(u?.company ? { company: u.company } : {}),
        ...(movedTo
          ? { besideOccupation: answer.soc }
          : answer.comparedOccupation
            ? { besideOccupation: answer.comparedOccupation }
            : {}),
        ...(u
          ? { intent: intoOccupation(u) ? "gettingStarted" : movedFrom(answer, u) ? "gap" : u.intent }
          : {}),
      });
    }
    case "out-of-scope":
      // "I don't cover Platform Engineers": the occupation and the closest roles named, for a follow-up
      // about it ("are they in demand?") to be asked back with those roles, and for "the first one"; and
      // what was asked of it, which one of those roles named next ("ok then sre") takes. A request declined
      // for a role ("write my cover letter for a QA job") leaves that role the thread's: "what skills should
      // i list then" asks its skills.
      return compactContext({
        roles: answer.role ? [answer.role.id] : [],
        ...(u ? { intent: u.intent } : {}),
        ...(answer.reason === "uncovered" && answer.occupation
          ? { uncovered: answer.occupation, offered: ids(answer.nearest) }
          : {}),
      });
    default:
      return u ? contextAfterAnswer(answer, previous, u) : before;
  }
}

/**
 * "barista rn … whats a junior frontend dev make vs what im making": the occupation held set beside the one
 * role a move from it leads to (the question reads it as the move's end) leaves the thread as after that
 * move, on the role, with the occupation where it starts; so "whats the ladder after junior" is the role's
 * (otherwise: the occupation's figures again, twice).
 */
/**
 * The occupation a move between two occupations leads to ("from paralegal to technical writer"), where the
 * answer set the one it starts from beside it; undefined for any other occupation answer.
 */
const occupationMovedTo = (answer: Extract<Answer, { kind: "occupation" }>, u: Understanding) =>
  u.intent === "gap" && u.entities.roles.length === 0 && u.entities.uncovered.length === 2
    ? answer.comparedOccupation
    : undefined;

const movedFrom = (answer: Extract<Answer, { kind: "occupation" }>, u: Understanding) => {
  const { to, from, uncovered } = u.entities;
  return (
    to !== undefined &&
    !from &&
    uncovered.length === 1 &&
    answer.comparedRoles?.length === 1 &&
    answer.comparedRoles[0] === to.id
  );
};

/**
 * "data scientist thinking of leaving tech to become a pharmacist": a move that leads to the occupation
 * leaves the way into it as what the thread asked, never a move from it ("how long would that take" is
 * how long to become a pharmacist, not to become a data scientist from one).
 */
const intoOccupation = (u: Understanding) => u.intent === "gap" && u.entities.toOccupation === true;
