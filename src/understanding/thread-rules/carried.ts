import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import {
  type CompanyLevelReading,
  companyLevelNamed,
  companyLevelOn,
} from "../entities/company-level-read.js";
import { namedJobs } from "../entities/entities.js";
import type { ExperienceYears } from "../entities/experience-years.js";
import { type Intent, pairIntents, payIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";
import { type ConversationContext, occupationsInView } from "../thread/conversation-state.js";
import { oneToRank } from "../thread/one-to-rank.js";
import { choicesIn, onlyPicks } from "../thread/thread-pick.js";
import { rungAsked } from "../words/rung-words.js";
import { payChangeAsked } from "../words/topic-words.js";
import {
  occupationStartKept,
  ownPayAgainstMoveEnd,
  startPayAgainstMove,
  startSetAgainstMove,
  weighedBesidePay,
} from "./after-move.js";
import type { Decision } from "./decision.js";
import { levelAgainstThreadLevel, roleAtEmployer, threadPlacesWeighed } from "./pay.js";
import type { ThreadReading } from "./reading.js";
import type { Sides } from "./roles.js";
import { fieldIntents, ownJobAsked, titleKindNamed, weighsSides } from "./words.js";

/*
 * The last step of the thread rules: what a pay question carries from its thread (level, place, company),
 * years of experience as a level, the occupations and roles the thread offered, all put together as the
 * question's understanding.
 */

/** Years of experience, with the level the knowledge's levels give for that many years, if one does. */
function experienceLevel(kb: KnowledgeBase, asked: ExperienceYears): Understanding["experience"] {
  const n = asked.years;
  const level = kb.knowledge.levels.find(
    (l) => l.years && l.years.min <= n && (l.years.max === undefined || n <= l.years.max),
  );
  return { ...asked, ...(level ? { level: level.id } : {}) };
}

/**
 * "would switching to ml pay more here" after "swe in nyc": a move's pay asked "here" (or "there") is asked
 * in the thread's place, both sides; "from here" is where the move starts, no place.
 */
const movePayHere = (intent: string, text: string) =>
  intent === "gap" && payChangeAsked.test(text) && /(?<!\bfrom )\b(?:here|there)\b/i.test(text);

/**
 * "what skills get you to that level", "is the outlook the same at this level": the thread's level pointed
 * at, whatever is asked of it (otherwise: the level of the pay before was lost on the skills).
 */
const levelPointedAt = /\b(?:that|this|the same) (?:level|rung)\b/i;

/**
 * "the first one" after "im a nurse", whose answer offered nothing to choose from: a reply that is a pick
 * and nothing else, with no list, question back or role in the thread to pick among.
 */
const pickedFromNothing = (r: ThreadReading) =>
  r.pick === undefined &&
  r.e.roles.length === 0 &&
  onlyPicks(r.words) &&
  choicesIn(r.context).length === 0 &&
  // "the second one" after the trends (or practices, or challenges) picks one of those listed.
  !(r.context?.intent !== undefined && fieldIntents.has(r.context.intent));

/**
 * "which one pays the most" after "web dev pay": a ranking asked with no job, employer, place or kind of
 * employer named, where the thread holds one job alone (`oneToRank`); so "which pays more" after one
 * occupation alone (after one role, which role to compare it with is asked back already).
 */
const rankedAlone = (r: ThreadReading, intent: Intent) =>
  (intent === "payRanking" || (intent === "payCompare" && r.context?.roles.length === 0)) &&
  r.jobsNamed === 0 &&
  r.e.employers.length === 0 &&
  r.e.companyKinds.length === 0 &&
  !r.e.place &&
  !r.e.unlistedPlace &&
  oneToRank(r.text, r.context);

/** The understanding of a question in its thread, from what the rules decided and the sides read. */
export function understandingOf(r: ThreadReading, d: Decision, sides: Sides): Understanding {
  const { kb, text, e, c, context, pick } = r;
  const { intent, inherited, ruled } = d;
  // "mle at google", read as its pay by a rule after the employer was read: the employer named is the one.
  // So is one named in a question read as pay only after the employer was read ("netflix pays like 500k
  // for senior swe right?", first read as a follow-up): the figures given are no employer's, and must say so.
  // So is one named beside roles compared ("sre vs devops at google"): the comparison's pay is no
  // employer's, and the answer says so first.
  const employerAsked =
    d.fired.has(roleAtEmployer) || payIntents.has(intent) || intent === "compare"
      ? e.employers[0]
      : undefined;
  const remoteAsked = r.remote && payIntents.has(intent);
  const carry = (key: "level" | "place" | "company") => {
    // "ok just general then, in sf" after Google's pay, "what about not at google": no employer at all, the
    // one named set aside or the thread's dropped; a place named beside it still stands.
    if (key === "company" && r.noEmployer) return undefined;
    const named = key === "level" ? ownLevel(r) : (e[key] ?? (key === "company" ? employerAsked : undefined));
    if (named) return named;
    // "what about Denver?" names a place, figures or not: the thread's place is not carried past it. So
    // "and at a startup?" names an employer: the thread's employer is not carried past a kind of one.
    if (key === "place" && e.unlistedPlace) return undefined;
    if (key === "company" && e.companyKinds.length > 0) return undefined;
    // "ok then in general?" after Stripe's pay or London's: the whole US, no employer or place carried.
    if (key !== "level" && r.nationwide) return undefined;
    // "what about remote?" after pay in Austin: remote work is no city's; the role's national figures.
    if (key === "place" && remoteAsked) return undefined;
    const payThere =
      payIntents.has(intent) ||
      (key === "place" && movePayHere(intent, text)) ||
      (key === "level" && levelPointedAt.test(text));
    // "registered nurse" after "Which role at Kaiser do you mean?": an occupation named in reply to the
    // question back of which role keeps the employer and place asked of (not a level: official figures
    // have none).
    const replyToWhichRole =
      key !== "level" &&
      e.uncovered.length > 0 &&
      r.jobsNamed === 1 &&
      context?.roles.length === 0 &&
      (context.offered?.length ?? 0) > 0;
    if (!payThere || !context?.[key] || !(r.covered || replyToWhichRole)) return undefined;
    inherited.push(key);
    return context[key];
  };
  // Years of experience stand for the level the knowledge gives for them, if any; never the thread's level.
  const experience = r.yearsOfPay ? experienceLevel(kb, r.yearsOfPay) : undefined;
  const company = carry("company");
  const ladder = companyLevelOf(r, intent, company, experience !== undefined);
  if (ladder && !e.companyLevel) inherited.push("level");
  // The level a word of the knowledge names ("senior") stands beside an employer's name for one only where
  // both say the same ("google L3 new grad"); else the employer's name is left aside.
  const companyLevel =
    ladder && (!e.companyLevel || ownLevel(r) === undefined || ownLevel(r) === ladder.level)
      ? ladder
      : undefined;
  // "what do they pay starting out": pay at the start is the entry level's. So is a move's pay change asked
  // at the start ("qa to data science, would i take a pay cut at first"), as "at entry level" is there: the
  // move's answer sets the sides at that level. A rung asked of a role ("is it a senior role") is no pay
  // level, kept for the next question; read as pay ("which is better at senior level" after pay at two
  // employers), it is the level paid.
  const payAtStart = payIntents.has(intent) || (intent === "gap" && payChangeAsked.test(text));
  const level =
    r.rungOnly && rungAsked(text) && !payIntents.has(intent)
      ? undefined
      : companyLevel
        ? companyLevel.level
        : (ownLevel(r) ??
          (experience ? experience.level : carry("level")) ??
          (r.startsOut && payAtStart ? "entry" : undefined));
  // "principal sre salary" then "in seattle?": the level carried is still the one with no figures. "L6 at
  // google": a rank above the knowledge's levels is one with no figures, as "staff" is.
  const unlistedLevel = companyLevel
    ? companyLevel.rank && `the ${companyLevel.rank} level`
    : (e.unlistedLevel ?? (level && !e.level && !experience ? context?.unlistedLevel : undefined));
  // "which one pays more" after pay in seattle, then in austin: the earlier place first, beside the later.
  const placesWeighed = d.fired.has(threadPlacesWeighed) && intent === "payCompare" && !e.place;
  const place = placesWeighed ? context?.placeBefore : carry("place");
  if (placesWeighed) inherited.push("place");
  const otherPlace = placesWeighed ? context?.place : undefined;
  // "and the other" after pay in dc: the place with no figures is carried as a place with figures is.
  const carriedUnlisted = () => {
    const payThere = payIntents.has(intent) || movePayHere(intent, text);
    if (!context?.unlistedPlace || e.place || r.nationwide || remoteAsked || !payThere || !r.covered)
      return undefined;
    inherited.push("unlistedPlace");
    return context.unlistedPlace;
  };
  const unlistedPlace = e.unlistedPlace?.name ?? carriedUnlisted();
  // "which of the two pays more" after a role's pay at one employer, then at another: both employers.
  const employersInTurn =
    intent === "payCompare" && inherited.includes("company") && r.thread.length === 1 && r.jobsNamed === 0;
  // "and senior?" after "google vs meta new grad swe tc": the employers named beside the one carried are
  // carried with it (otherwise: the last one named alone).
  const besideCarried =
    !employersInTurn && inherited.includes("company") && e.employers.length === 0
      ? (context?.companiesBefore ?? []).slice(0, context?.companiesBeside ?? 0)
      : [];
  const companiesBefore = employersInTurn ? (context?.companiesBefore ?? []) : besideCarried;
  const otherCompanies = company
    ? [...new Set([...companiesBefore, ...e.employers])].filter((c) => c !== company)
    : [];
  // After a move from an occupation the thread is about the role it leads to; the occupation is only where
  // the move starts, for a question about the move itself ("does it pay more", "is it worth it").
  // A role picked among those the occupation's answer set beside it ("what skills for the first one" after
  // "im a nurse, data analyst or it support?") is what the question is about, not the occupation. (One
  // picked from a question back of which role to set beside it, "the second one" after "does IT pay more
  // than nursing", is set beside it still.)
  const besideOnePicked = pick?.role !== undefined && (context?.roles ?? []).includes(pick.role.id);
  const threadOccupation =
    pick?.occupation ??
    (r.occupationMove || besideOnePicked || otherKindThanOccupation(kb, r, context?.occupation)
      ? undefined
      : context?.occupation);
  // So is "in texas?" after it: the move's pay there, both sides.
  // So is "what about qa instead": the same start, where the move leads named anew.
  const fromOccupation =
    // And "is pm pay even comparable to what i make now": the move's end named again, against the pay held.
    (r.occupationMove &&
      (r.jobsNamed === 0 || d.fired.has(ownPayAgainstMoveEnd) || d.fired.has(startPayAgainstMove)) &&
      pairIntents.has(intent)) ||
    occupationStartKept(r, intent) ||
    moveSidesWeighed(r, intent) ||
    d.fired.has(startSetAgainstMove)
      ? context?.occupation
      : undefined;
  const offeredOccupations = (context?.offered ?? []).filter((id) => !kb.roleById.has(id));
  const inView = pick ? [] : occupationsInView(context);
  const offeredRoles = pick ? [] : r.offered;
  const { roles, from, to } = sides;
  return {
    text,
    intent,
    confidence: ruled ? 1 : c.confidence,
    ...(c.second && !ruled ? { second: c.second } : {}),
    // "pharmacists make a lot already right", "growing vs teaching" after a move from pharmacist, from
    // teaching: the occupation named is the move's start, which `fromOccupation` carries, no subject of
    // its own.
    entities: levelNamedRead(
      d.fired.has(startPayAgainstMove) || d.fired.has(startSetAgainstMove)
        ? { ...e, uncovered: [] }
        : // "is it a lot more than mid" after pay at senior: the thread's level is the other one weighed.
          d.fired.has(levelAgainstThreadLevel) && context?.level
          ? { ...e, otherLevel: context.level }
          : otherPlace
            ? { ...e, otherPlace }
            : e,
      companyLevel,
    ),
    roles,
    ...(level ? { level } : {}),
    ...(place ? { place } : {}),
    ...(unlistedPlace ? { unlistedPlace } : {}),
    ...(unlistedLevel ? { unlistedLevel } : {}),
    ...(companyLevel ? { companyLevel } : {}),
    ...(experience ? { experience } : {}),
    ...(company ? { company } : {}),
    ...(otherCompanies.length ? { otherCompanies } : {}),
    ...(e.companyKinds.length ? { companyKinds: e.companyKinds } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    inherited,
    ...(context?.intent ? { threadIntent: context.intent } : {}),
    threadRoles: r.thread,
    ...(sideBySide(context, r.thread) ? { threadSideBySide: true } : {}),
    ...(threadOccupation ? { threadOccupation } : {}),
    ...(threadOccupation && !pick?.occupation && context?.besideOccupation
      ? { besideOccupation: context.besideOccupation }
      : {}),
    ...(inView.length >= 2 ? { occupationsInThread: inView } : {}),
    ...(fromOccupation ? { fromOccupation } : {}),
    ...(offeredOccupations.length && !pick?.occupation ? { offeredOccupations } : {}),
    ...(offeredRoles.length ? { offeredRoles } : {}),
    ...(pick?.pastRoles ? { pickedPast: pick.pastRoles } : {}),
    ...(pick?.unclear ? { pickedUnclear: pick.unclear } : {}),
    ...(pickedFromNothing(r) ? { pickedFromNothing: true } : {}),
    ...(rankedAlone(r, intent) ? { rankedAlone: true } : {}),
    ...(remoteAsked ? { remotePay: true } : {}),
    ...(context?.uncovered && namedJobs(e) === 0 && !pick ? { threadUncovered: context.uncovered } : {}),
  };
}

/**
 * "which one has more openings" after a move from nursing into data analyst: the move's start and end
 * weighed against each other, on their outlook or schooling, so the start is kept beside the role.
 */
const moveSidesWeighed = (r: ThreadReading, intent: Intent) =>
  r.occupationMove &&
  r.jobsNamed === 0 &&
  weighedBesidePay.has(intent) &&
  (weighsSides(r.text) || ownJobAsked(r.text));

/** Whether the thread's two or more roles are a set its answers showed side by side. */
const sideBySide = (context: ConversationContext | undefined, thread: readonly Role[]) =>
  thread.length >= 2 && thread.every((role) => context?.shown?.includes(role.id));

/** "at the same level", "the equivalent level": the thread's level, whatever an employer calls it. */
const sameLevelAsked = /\b(?:same|equivalent|equal|comparable) (?:level|band|grade)\b/i;

/** The level a word of the knowledge's levels names in the question, not an employer's name for one. */
const ownLevel = ({ e }: ThreadReading) => (e.companyLevel ? e.companyLevel.levelBeside : e.level);

/**
 * "L5 swe pay at google", "what about L5" after Google's pay: an employer's name for a level, read on the
 * ladder of the employer named or carried (`companyLevelOn`). "and amazon?" after "L5 at google" names no
 * level: the thread's level name is read again on the ladder of the employer asked now, since L5 is another
 * level there. Pay alone is asked by level.
 */
function companyLevelOf(
  r: ThreadReading,
  intent: Intent,
  company: string | undefined,
  experience: boolean,
): CompanyLevelReading | undefined {
  const { kb, e, context } = r;
  // Only pay is asked by level: "what skills does an L5 at google need" reads no employer (`carry`), and the
  // skills are the same at every level.
  if (!payIntents.has(intent)) return undefined;
  if (e.companyLevel) return companyLevelOn(e.companyLevel, company);
  // "how does that compare to amazon at the same level" after Google's L5: the level L5 stood for is kept,
  // not its name read again on the other employer's ladder, where it is another level.
  if (sameLevelAsked.test(r.text)) return undefined;
  const levelNamed = e.level !== undefined || e.unlistedLevel !== undefined || experience;
  if (levelNamed || !context?.companyLevel || !r.covered) return undefined;
  const carried = companyLevelNamed(kb, context.companyLevel);
  return carried ? companyLevelOn(carried, company) : undefined;
}

/**
 * The question's entities with its employer's name for a level read as the level it stands for, for the
 * answer to weigh as any level named ("sde 2 vs sde 3"), or none where it was read on no ladder.
 */
function levelNamedRead(e: Understanding["entities"], ladder: CompanyLevelReading | undefined) {
  if (!e.companyLevel) return e;
  const { level: _level, unlistedLevel: _unlisted, ...rest } = e;
  if (!ladder?.level) return rest;
  return {
    ...rest,
    level: e.companyLevel.levelBeside ?? ladder.level,
    ...(ladder.rank ? { unlistedLevel: `the ${ladder.rank} level` } : {}),
  };
}

/**
 * "what do analysts make", "what does epic pay analysts" after "im a nurse": a kind of job named that the
 * thread's occupation is not (its title has no such word), so the question is not about it; which analyst
 * is asked back, as with no thread.
 */
function otherKindThanOccupation(kb: KnowledgeBase, r: ThreadReading, soc: string | undefined): boolean {
  const kind = titleKindNamed(r.text);
  if (!kind || !soc || r.jobsNamed > 0) return false;
  const title = kb.official?.bySoc.get(soc)?.title.toLowerCase() ?? "";
  return !title.includes(kind);
}
