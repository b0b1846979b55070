import type { Intent } from "../intent/intents.js";
import type { RankingMetric } from "../intent/ranking-request.js";
import type { PayStated } from "../words/pay-stated.js";

/**
 * What a conversation (a Slack thread, a DM) is about so far: the roles, level, place and company last
 * named and the last question's intent. A follow-up ("what about Seattle?", "and the skills?") fills in
 * what it leaves out from here. Kept in the store per channel and thread.
 */
export interface ConversationContext {
  roles: string[];
  level?: string;
  /** A level asked for that has no figures ("the principal level"), for which `level` is the nearest one. */
  unlistedLevel?: string;
  /**
   * An employer's own name for the level asked ("L5"), as the knowledge writes it: "and amazon?" after "L5
   * at google" reads it again on Amazon's ladder, where it is another level.
   */
  companyLevel?: string;
  place?: string;
  /**
   * A place asked that the knowledge has no pay figures for ("in dc"), by its name (`place` is the location
   * containing it, if any): "and the other" after pay there asks the other role's pay there.
   */
  unlistedPlace?: string;
  /**
   * The place the thread's roles were asked of before `place`, while the thread stays on the same roles
   * ("swe pay in seattle", then "and in austin?"): "which one pays more" weighs the two places.
   */
  placeBefore?: string;
  company?: string;
  /**
   * The other employers the thread's roles were asked of, before `company` or beside it, the latest first
   * ("amazon data engineer salary?", then "and at meta?"; "mle pay at meta vs amazon", then "and
   * microsoft"): "which of the two pays more", "which one is higher for senior" weigh them all with it.
   */
  companiesBefore?: string[];
  /**
   * How many of `companiesBefore`, first, were named beside `company` in the same question ("google vs meta
   * new grad swe tc"): "and senior?" next asks of them all, not of the last one named alone.
   */
  companiesBeside?: number;
  /**
   * Every employer the thread asked pay at, oldest first, kept when its roles change ("data scientist at
   * google", then "software engineer at meta"): "and at the first company" picks among them.
   */
  employersNamed?: string[];
  /**
   * The role the thread was on before its one role now ("what skills does an sre need", then "what about
   * devops"): the other side of a question that needs two ("overlap?").
   */
  earlier?: string;
  /**
   * The roles the thread went through one at a time, oldest first ("frontend pay?", "and backend", "full
   * stack?"): "which grows fastest" then weighs those, not every role.
   */
  inTurn?: string[];
  /**
   * The roles the thread's last answers were about, in the order it first named them, at most
   * `recentAtMost` (the oldest dropped first): a pair, then a third role set beside one of them, and so on.
   * "which of all these pays best", "which of those three", or "which of them" with one role left weighs
   * these. Kept only while it holds more than the thread's roles; an answer about no role ends it.
   */
  recent?: string[];
  /** The official occupation (SOC code) the last answer was about, when it was no curated role. */
  occupation?: string;
  /** The occupation it was set beside ("plumbers" then "vs electricians?"), for "which is growing faster". */
  besideOccupation?: string;
  /**
   * The occupation the thread was on before the one it is on now, when it went from one to another ("i work
   * in a warehouse", then "what about truck driving"): "which one has more openings" weighs the two, as
   * `earlier` keeps a role before the one now.
   */
  earlierOccupation?: string;
  intent?: Intent;
  /** Whether the last pay answer was asked per hour, so that a question about its figures sees them. */
  perHour?: boolean;
  /**
   * What the last answer asked the person to pick from, when it was a question back: role ids (the thread's
   * roles, or the roles a name could be) or SOC codes (a title O*NET lists under several occupations). The
   * reply picks one ("the heavy one") or answers the question back ("salary").
   */
  offered?: string[];
  /**
   * The roles an answer set side by side (a comparison's), kept while the thread stays on one of them: a
   * pick ("the first one, skills") narrows the thread's roles, and "and the second one" still picks from
   * this set, not from the one role left. Never the roles a question back or a related list offered.
   */
  shown?: string[];
  /**
   * The skills the last answer checked of its role ("is spark still a thing there"): a reply asking that
   * again of another role ("and the other one?", "and for devops?") checks them of it.
   */
  checked?: string[];
  /** What the ranking the thread's last answer showed ranks by, for "the best paid one" (its first row). */
  rankedBy?: RankingMetric;
  /** The roles a pay comparison just set one above another, highest paid first, for "the cheaper one". */
  byPay?: string[];
  /**
   * An occupation the advisor does not cover, as the last answer named it ("Platform Engineers"), with the
   * closest roles it named (`offered`): a follow-up about it ("are they in demand?") has nothing to go on
   * but a question back, never another role's or the market's figures.
   */
  uncovered?: string;
  /**
   * The role a move starts from, when the last answer asked where it leads ("should i move on from QA"):
   * a reply that names no role ("whats the pay difference") is asked again, never answered for the start.
   */
  leaving?: string;
  /**
   * The role the person said they hold ("i'm a qa engineer", "sysadmin here"), while the thread stays on
   * it, on options from it or on a move from it (`heldAfter` in `advisor/thread-context.ts`): a role weighed
   * next ("thinking about sre") is where a move from it leads, and "what about full stack instead" too.
   */
  held?: string;
  /**
   * The occupation the person said they hold ("im a nurse"), as typed (or the SOC code of the one picked
   * among those the title stands for: "the third one" after "im a teacher"), while the thread names no role
   * (`held-occupation.ts`): a role weighed next ("what about sysadmin?") is where a move from it leads. Kept
   * for one answer beside the roles weighed as options from it ("im a nurse, data analyst or it support?"),
   * for the reply that picks one (`reply-to-ask-back.ts`).
   */
  heldOccupation?: string;
  /**
   * Pay the person stated ("truck driver offered 28/hr in ohio, good?"), kept for one answer when that answer
   * asked back which job it is for: the reply that picks one ("heavy", "the first one") has the amount set
   * against that job's figures, not only the figures shown.
   */
  payStated?: PayStated;
}

/** The most employers a thread keeps beside its employer now: a few turns' worth, as for roles. */
export const companiesKept = 3;

/** The most employers a thread keeps of all it named, to pick among by place ("the first company"). */
export const employersNamedAtMost = 4;

/** The most roles a thread keeps of a list it showed or offered: a ranking shows ten rows. */
export const shownAtMost = 10;

/** The most roles "which of all these" weighs: a few turns' worth, as many as a person keeps in mind. */
export const recentAtMost = 4;

/** The context with only the fields that are set, for storing. */
export function compactContext(c: ConversationContext): ConversationContext {
  return {
    roles: c.roles.slice(0, 3),
    ...(c.level ? { level: c.level } : {}),
    ...(c.level && c.unlistedLevel ? { unlistedLevel: c.unlistedLevel } : {}),
    ...(c.companyLevel ? { companyLevel: c.companyLevel } : {}),
    ...(c.place ? { place: c.place } : {}),
    ...(c.unlistedPlace ? { unlistedPlace: c.unlistedPlace } : {}),
    ...(c.place && c.placeBefore && c.placeBefore !== c.place ? { placeBefore: c.placeBefore } : {}),
    ...(c.company ? { company: c.company } : {}),
    ...(c.company && c.companiesBefore?.length
      ? { companiesBefore: c.companiesBefore.slice(0, companiesKept) }
      : {}),
    ...(c.company && c.companiesBefore?.length && c.companiesBeside
      ? { companiesBeside: Math.min(c.companiesBeside, companiesKept) }
      : {}),
    ...(c.company && c.employersNamed && c.employersNamed.length > 1
      ? { employersNamed: c.employersNamed.slice(-employersNamedAtMost) }
      : {}),
    ...(c.earlier ? { earlier: c.earlier } : {}),
    ...(c.inTurn && c.inTurn.length > 1 ? { inTurn: c.inTurn.slice(-3) } : {}),
    ...(c.recent && c.recent.length > c.roles.length ? { recent: c.recent.slice(-recentAtMost) } : {}),
    ...(c.occupation ? { occupation: c.occupation } : {}),
    ...(c.besideOccupation ? { besideOccupation: c.besideOccupation } : {}),
    ...(c.earlierOccupation ? { earlierOccupation: c.earlierOccupation } : {}),
    ...(c.intent ? { intent: c.intent } : {}),
    ...(c.perHour ? { perHour: true } : {}),
    // A question back offers at most five; a ranking offers every row it shows, all of which "which one is
    // easiest to get into" weighs, not its top five.
    ...(c.offered?.length ? { offered: c.offered.slice(0, shownAtMost) } : {}),
    ...(c.shown?.length ? { shown: c.shown.slice(0, shownAtMost) } : {}),
    ...(c.checked?.length ? { checked: c.checked.slice(0, 5) } : {}),
    ...(c.rankedBy ? { rankedBy: c.rankedBy } : {}),
    ...(c.byPay?.length ? { byPay: c.byPay.slice(0, 3) } : {}),
    ...(c.uncovered ? { uncovered: c.uncovered } : {}),
    ...(c.leaving ? { leaving: c.leaving } : {}),
    ...(c.held ? { held: c.held } : {}),
    ...(c.heldOccupation ? { heldOccupation: c.heldOccupation } : {}),
    ...(c.payStated ? { payStated: c.payStated } : {}),
  };
}

/** A SOC code ("53-3032"), as a thread keeps an official occupation; a role's id is never one. */
const isSoc = (id: string) => /^\d{2}-\d{4}$/.test(id);

/**
 * The official occupations a question weighing sides ("which one needs more school") has in view, in the
 * order the thread named them: those a question back offered ("truck drivers": heavy or light?), else the
 * thread's occupation with the one set beside it ("plumbers vs electricians") or the one it was on before
 * ("what about truck driving" after "i work in a warehouse"). Not a ranking's rows, which it weighed already
 * by its own figure. Fewer than two: none to weigh.
 */
export function occupationsInView(c: ConversationContext | undefined): string[] {
  const offered = (c?.offered ?? []).filter(isSoc);
  // A question back offers at most five of a title's occupations ("teachers" stands for eleven): "which
  // pays more" over fewer is over all it named; over five, which may be five of eleven, it could leave the
  // best paid out.
  if (offered.length >= 5) return [];
  if (offered.length >= 2 && c?.rankedBy === undefined) return offered;
  const now = c?.occupation;
  if (!now || c.roles.length > 0) return [];
  if (c.besideOccupation && c.besideOccupation !== now) return [now, c.besideOccupation];
  return c.earlierOccupation && c.earlierOccupation !== now ? [c.earlierOccupation, now] : [];
}

/** Whether the last answer asked back about the thread's own roles ("About Network Architect? Pick…"). */
export function askedAboutThread(c: ConversationContext | undefined): boolean {
  const offered = c?.offered ?? [];
  return offered.length > 0 && offered.every((id) => c?.roles.includes(id));
}

/**
 * The role the person holds, when the last answer weighed options from it ("been a data analyst for 3 yrs.
 * should i switch to product manager or data scientist?"): a comparison of roles it is not one of. A reply
 * picking one of them picks the move to it.
 */
export function heldBeforeOptions(c: ConversationContext | undefined): string | undefined {
  const held = c?.held;
  return held && c.intent === "compare" && c.roles.length >= 2 && !c.roles.includes(held) ? held : undefined;
}

/**
 * The role a move starts from, when the last answer asked where a move from it leads and offered roles to
 * pick ("Which security role do you want to move to from IT Support Specialist? Pick one"): the thread's one
 * role, none of those offered. A reply picking one of them picks the move to it.
 */
function startBeforeEnds(c: ConversationContext | undefined): string | undefined {
  const [start] = c?.roles ?? [];
  const offered = c?.offered ?? [];
  return c?.intent === "gap" &&
    c.roles.length === 1 &&
    start &&
    offered.length > 0 &&
    !offered.includes(start)
    ? start
    : undefined;
}

/**
 * Where a move to the role a reply picks starts: the role held, after options weighed from it, or the role a
 * move leaves, after a question back of where it leads.
 */
export const startOfPickedMove = (c: ConversationContext | undefined): string | undefined =>
  heldBeforeOptions(c) ?? startBeforeEnds(c);

/**
 * The roles a comparison named, when the last answer asked back which role one more side of it is
 * ("“applied scientist” could mean more than one role", after "mle vs research scientist vs applied
 * scientist"): the thread's roles, none of those offered. A reply picking one sets it beside them.
 */
export function besideSideAsked(c: ConversationContext | undefined): string[] | undefined {
  const offered = c?.offered ?? [];
  const sideAsked = c?.intent === "compare" && offered.length > 0 && c.roles.length > 0;
  return sideAsked && offered.every((id) => !c.roles.includes(id)) ? c.roles : undefined;
}
