/**
 * Pay asked for ("salary", "total comp", "which pays more", "best paid"): by level, place, employer or the
 * hour, for one role, several, or set against another.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { itRoles } from "../../knowledge/it-roles.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { jobNouns, oneOrMany } from "../../understanding/words/job-nouns.js";
import { payChangeAsked } from "../../understanding/words/topic-words.js";
import type { Answer, PayComparison, UserContext } from "../answers.js";
import { withDegreeNote } from "../getting-in/without-degree.js";
import { itSideForNewcomer, itSideSaid } from "../it/it-field.js";
import { occupationMovePay, threadMoveStart, weighMove } from "../moves/move.js";
import { occupationMovePayAt, occupationMovePayIn } from "../moves/occupation-move-narrowed.js";
import { rankingAnswer } from "../outlook/ranking.js";
import { orList } from "../parts/answer-parts.js";
import { hourlyPayAnswer, withHourlyMedians } from "../pay/hourly.js";
import { type PlaceAsked, payAcrossLevels, payAcrossPlaces } from "../pay/pay-across.js";
import { employersWithoutFiguresSaid, payAnswer } from "../pay/pay-answer.js";
import { payComparison } from "../pay/pay-comparison.js";
import {
  payComparedAtLevel,
  payComparedAtLevelInUnlisted,
  payComparedAtUnlistedLevel,
  payComparedIn,
  payComparedInUnlisted,
  payComparedWithin,
} from "../pay/place-pay-compare.js";
import { whichOther, whichRole } from "./ask-back.js";
import { moveOptions } from "./move-options.js";
import { asksWhatToLearn } from "./move-questions.js";
import { placeAsked } from "./question-reading.js";
import { saidFirst, withUnreadSide } from "./said-first.js";
import { together } from "./together.js";

/** Words that make a ranking one of roles ("best paid jobs in IT"), not of places or companies for a role. */
const roleNouns = new Set([...oneOrMany(jobNouns), "occupations"]);
const ranksRoles = (question: string) => tokenize(question).some((w) => roleNouns.has(w));

/** Why a comparison narrowed to a level or a place shows one of the two. */
const levelAndPlaceApart =
  "The sources give level and location figures separately, not for the two combined; so this compares the one just asked.";

/**
 * A pay comparison narrowed to where the question asks: a place named (with figures or none), else a level
 * ("what about senior?"), or a rank with no figures of its own ("staff level?"); undefined when it asks neither.
 */
function comparisonNarrowed(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const roles = u.roles.slice(0, 3);
  const e = u.entities;
  const placeAsked = e.place !== undefined || e.unlistedPlace !== undefined || !e.level;
  const inPlace = placeAsked ? payComparedInPlace(kb, u) : undefined;
  if (inPlace) return inPlace;
  if (u.level && u.unlistedLevel) return payComparedAtUnlistedLevel(kb, roles, u.unlistedLevel, u.level);
  if (u.level) return payComparedAtLevel(kb, roles, u.level);
  return undefined;
}

/**
 * The pay of the roles compared in the place the question names, with figures there or none; undefined when
 * it names no place.
 */
export function payComparedInPlace(kb: KnowledgeBase, u: Understanding): PayComparison | undefined {
  const roles = u.roles.slice(0, 3);
  if (u.unlistedPlace)
    return (
      (u.place ? payComparedWithin(kb, roles, u.unlistedPlace, u.place) : undefined) ??
      (levelAlsoAsked(u)
        ? payComparedAtLevelInUnlisted(kb, roles, u.unlistedPlace, u.level ?? "")
        : undefined) ??
      payComparedInUnlisted(kb, roles, u.unlistedPlace)
    );
  return u.place ? payComparedIn(kb, roles, u.place) : undefined;
}

/**
 * A level named in the question beside a place that has no figures at all, nor one containing it ("starting
 * pay in columbus"): the national figures are left, and the level narrows those.
 */
const levelAlsoAsked = (u: Understanding) =>
  u.level !== undefined && !u.unlistedLevel && !u.inherited.includes("level") && !u.place;
const levelInPlaceWithout = (u: Understanding) => u.unlistedPlace !== undefined && levelAlsoAsked(u);

type PayIntent = "salary" | "totalComp" | "payRanking" | "payCompare";

/** A pay question about a role, with what its rules read. */
interface PayAsk {
  kb: KnowledgeBase;
  u: Understanding;
  user: UserContext;
  intent: PayIntent;
  role: Role;
  /** A second role, set beside the first. */
  other: Role | undefined;
  /** "mle at meta or google which pays more": employers compared, not roles. */
  employersNamed: boolean;
}

/** A pay question ("salary", "totalComp", "payRanking", "payCompare"). */
export function payQuestion(
  kb: KnowledgeBase,
  u: Understanding,
  user: UserContext,
  intent: PayIntent,
): Answer {
  const [role, other] = u.roles;
  if (!role)
    // "Which role pays best": the roles ranked by their official median wage.
    return intent === "payRanking" && ranksRoles(u.text)
      ? rankingAnswer(kb, { metric: "pay", all: false })
      : whichRole(kb, intent, user, u);
  const asked: PayAsk = {
    kb,
    u,
    user,
    intent,
    role,
    other,
    employersNamed: Boolean(u.company || u.companyKinds),
  };
  for (const rule of payRules) {
    const answer = rule(asked);
    // Pay asked of the first year with no level read: said first to be of all levels (`startingPaySaid`).
    if (answer) return startingPaySaid(answer, u);
  }
  return eachRolePay(asked);
}

/**
 * The answers a pay question about a role may get before each role's own pay, tried in this order: each
 * one is undefined where it does not apply.
 */
const payRules: readonly ((asked: PayAsk) => Answer | undefined)[] = [
  rolesAtEmployersWithoutFigures,
  moveAndNeedsAsked,
  occupationMovePaid,
  itEntryPaid,
  // One role's pay in two places, or at two levels, is compared already: no other role is asked for.
  payAcrossTwoPlaces,
  payAcrossTwoLevels,
  trendAsSide,
  otherAskedBack,
  optionsFromHeldPaid,
  comparisonNarrowedAsked,
  nationalAsked,
  rolesPayCompared,
];

/**
 * "sre vs devops salary at google", "… at startups": roles weighed by pay at employers (or kinds of
 * employer) none of them has figures for are
 * their general pay side by side, which `employerSaid` says once, first, to be no employer's; not each
 * role's pay apart, each saying again that the employer has none.
 */
function rolesAtEmployersWithoutFigures({ kb, u, user, intent, other }: PayAsk): Answer | undefined {
  if (intent !== "payCompare" || !other || !(u.company || u.companyKinds)) return undefined;
  const named = [...(u.company ? [u.company] : []), ...(u.otherCompanies ?? [])];
  const figuresThere = u.roles.some((r) => r.salary?.companies.some((c) => named.includes(c.company)));
  if (figuresThere) return undefined;
  const { company: _company, otherCompanies: _others, companyKinds: _kinds, ...general } = u;
  return payQuestion(kb, general, user, intent);
}

/**
 * "does it pay more" after a move from an occupation: the occupation's pay beside the role's. "in texas?"
 * or "which pays more at senior" after it: both sides there or at that level, the occupation's (national,
 * for the whole occupation) never dropped. A place and a level named together narrow to the place, as a
 * comparison of roles does.
 */
function occupationMovePaid({ kb, u, intent, role, other }: PayAsk): Answer | undefined {
  if (intent !== "payCompare" || other || !u.fromOccupation) return undefined;
  const start = threadMoveStart(kb, u.fromOccupation, role);
  const placeName = placeAsked(kb, u);
  // "would i take a pay cut starting out": the start is the entry level, as the understanding reads it.
  const level = levelNamed(kb, u) ?? startLevel(kb, u);
  if (placeName) {
    const there = occupationMovePayIn(kb, start, role, {
      ...(u.place ? { id: u.place } : {}),
      name: placeName,
    });
    return level ? { ...there, note: `${there.note ?? ""} ${levelAndPlaceApart}`.trim() } : there;
  }
  return level ? occupationMovePayAt(kb, start, role, level) : occupationMovePay(kb, start, role);
}

/**
 * The level the question itself names, as a pay answer says it ("senior level"), with its id where the
 * knowledge has figures for it; a rank with none ("staff") by its name alone.
 */
function levelNamed(kb: KnowledgeBase, u: Understanding): { id?: string; name: string } | undefined {
  const e = u.entities;
  // "the staff level" is said as "no staff level figure".
  if (e.unlistedLevel) return { name: e.unlistedLevel.replace(/^the /, "") };
  const name = kb.knowledge.levels.find((l) => l.id === e.level)?.name.toLowerCase();
  return e.level && name ? { id: e.level, name } : undefined;
}

/** The entry level read from pay asked at the start ("starting out", "at first"), no level word said. */
function startLevel(kb: KnowledgeBase, u: Understanding): { id: string; name: string } | undefined {
  if (u.level !== "entry" || u.entities.level) return undefined;
  const name = kb.knowledge.levels.find((l) => l.id === "entry")?.name.toLowerCase();
  return name ? { id: "entry", name } : undefined;
}

/** "does IT or cybersecurity pay more for a career changer": IT support, the usual way in, stands for IT. */
function itEntryPaid({ kb, u, intent, role, other, employersNamed }: PayAsk): Answer | undefined {
  const entry = !other && u.entities.itField ? itSideForNewcomer(u.text, itRoles(kb), role) : undefined;
  if (intent !== "payCompare" || !entry || employersNamed) return undefined;
  return saidFirst(payComparison(kb, [entry, role]), itSideSaid(entry));
}

/**
 * "ml or mlops which pays better": the other side is a practice the knowledge holds as a trend, no role; said
 * so, with what the trend is, and the role's own pay (otherwise: asked back which role, as if "mlops" were a
 * typo). No role stands in for it.
 */
function trendAsSide({ kb, u, user, intent, role, other, employersNamed }: PayAsk): Answer | undefined {
  const setAgainst =
    intent === "payCompare" || (intent === "salary" && /\b(?:vs|versus|or|than)\b/i.test(u.text));
  if (!setAgainst || other || employersNamed) return undefined;
  const words = new Set(tokenize(u.text));
  // A trend by its short name, as people type it ("mlops", "automl").
  const trend = kb.knowledge.trends.trends.find((t) => {
    const short = /\(([^)]+)\)/.exec(t.name)?.[1]?.toLowerCase();
    return short !== undefined && words.has(short);
  });
  if (!trend) return undefined;
  const typed = /\(([^)]+)\)/.exec(trend.name)?.[1]?.toLowerCase() ?? trend.id;
  const pay = eachRolePay({
    kb,
    u: { ...u, intent: "salary" },
    user,
    intent: "salary",
    role,
    other,
    employersNamed,
  });
  if (pay.kind !== "answer") return undefined;
  const [what] = trend.summary.split(/(?<=\.)\s/);
  const said = `“${typed}” is no role the knowledge has: it holds ${trend.name} as a trend in machine learning (${what?.replace(/\.$/, "")}), with no pay figures of its own, so there is nothing to set beside ${role.name}'s pay, which is below.`;
  return { ...pay, headline: `${said} ${pay.headline ?? ""}`.trim() };
}

/** "does an sre pay more?": which role to set beside it is asked back. */
function otherAskedBack({ kb, u, intent, role, other, employersNamed }: PayAsk): Answer | undefined {
  if (intent !== "payCompare" || other || employersNamed) return undefined;
  return whichOther(kb, intent, role, u.entities.unread, false, u.entities.itField);
}

/**
 * "moving from nyc to austin as an ml engineer", "ml salary sf vs denver": one role's pay in the two places,
 * side by side, in the order named; a place without figures is said to have none, never dropped.
 */
function payAcrossTwoPlaces({ kb, u, role, other, employersNamed }: PayAsk): Answer | undefined {
  const { otherPlace, unlistedAgainst } = u.entities;
  const second: PlaceAsked | undefined = otherPlace
    ? { id: otherPlace }
    : unlistedAgainst
      ? { unlisted: unlistedAgainst.place.name }
      : undefined;
  if (other || !u.place || !second || u.level || employersNamed) return undefined;
  const first: PlaceAsked = { id: u.place };
  return payAcrossPlaces(kb, role, unlistedAgainst?.first ? [second, first] : [first, second]);
}

/** "sde 2 vs sde 3 pay": one role's pay at the two levels, side by side. */
function payAcrossTwoLevels({ kb, u, role, other, employersNamed }: PayAsk): Answer | undefined {
  const otherLevel = u.entities.otherLevel;
  const onlyLevels = !u.unlistedLevel && !u.place && !u.unlistedPlace && !employersNamed;
  if (other || !u.level || !otherLevel || !onlyLevels) return undefined;
  return payAcrossLevels(kb, role, [u.level, otherLevel]);
}

/**
 * "which pays more" (or "and in austin?") after a pay comparison, with a place in the thread: the figures
 * there weighed, saying which side has none; so with a level ("what about senior?") or a place with no
 * figures ("and in london?"): each side there. (After a move, "the pay gap in texas" stays each side's pay
 * there, as the move's answer set them; but "how much more would i make in austin" asks how far the two
 * differ in the place it names, which only the figures weighed side by side there say.)
 */
function comparisonNarrowedAsked({ kb, u, intent, other, employersNamed }: PayAsk): Answer | undefined {
  // "im a devops engineer in denver, how does my salary compare with sre": the job held reads as a move's
  // start (and the other role as its end), yet "compare with" sets the two side by side. ("… compared to
  // sre" alone reads no move: a "to" right after a word of comparing names no end.)
  const setBeside = /\b(?:compared|comparing|compare)\s+(?:to|with)\b/i.test(u.text);
  const placeNamed = u.entities.place !== undefined || u.entities.unlistedPlace !== undefined;
  // "pay difference at senior?" after a move: both sides at the level named, side by side (not "than
  // staying a senior dev", whose level is the role's it names).
  const levelNamed =
    (u.entities.level !== undefined || u.entities.unlistedLevel !== undefined) &&
    u.entities.roles.length === 0;
  // "what would i earn" after a move set the two sides' pay side by side: "and in denver?" narrows that
  // comparison (otherwise: each side's pay apart, the first one's read as all of it).
  const pairShown = u.threadSideBySide === true && placeNamed;
  const changeAfterMove =
    u.threadIntent === "gap" && ((placeNamed && (payChangeAsked.test(u.text) || pairShown)) || levelNamed);
  const compared = changeAfterMove || (u.threadIntent !== "gap" && (setBeside || (!u.from && !u.to)));
  if (intent !== "payCompare" || !other || !compared || employersNamed) return undefined;
  const narrowed = comparisonNarrowed(kb, u);
  // A level carried beside a place named (or the other way): the sources give no figure for the two
  // together, so the comparison is narrowed by what the question itself named, and says so.
  const both = (u.level && (u.place || u.unlistedPlace)) !== undefined && !levelInPlaceWithout(u);
  return narrowed && both ? saidFirst(narrowed, levelAndPlaceApart) : narrowed;
}

/** Two roles compared where a level or place carried from the thread has figures for neither. */
function nationalAsked({ kb, u, other, employersNamed }: PayAsk): Answer | undefined {
  return other && !employersNamed ? nationalForCarried(kb, u) : undefined;
}

/**
 * "swe to data scientist, pay difference and what skills do i need": a move between two roles asked what it
 * does to pay and what it asks to learn is the move weighed, both sides' pay and then the skill gap, not the
 * pay alone (otherwise: the other half of the question dropped).
 */
function moveAndNeedsAsked({ kb, u, user }: PayAsk): Answer | undefined {
  const { from, to } = u;
  if (!from || !to || from === to || !asksWhatToLearn(u.entities.masked.join(" "))) return undefined;
  return weighMove(kb, from, to, user);
}

/**
 * "ios dev, senior at a fintech in charlotte. options are EM track or product manager. which pays more":
 * options weighed from the role held are compared from it, as "sysadmin here. sre or cloud architect?" is;
 * the level and a place with no figures say where the person is now, and the figures are national (otherwise:
 * each of the three roles' pay one after the other, no option weighed).
 */
function optionsFromHeldPaid({ kb, u, other, employersNamed }: PayAsk): Answer | undefined {
  if (!other || !u.from || u.place || employersNamed) return undefined;
  const options = moveOptions(kb, u);
  if (!options) return undefined;
  const place = u.unlistedPlace;
  const said = place ? saidFirst(options, `No figures for ${place}: the pay below is national.`) : options;
  return withUnreadSide(said, u.entities.unread);
}

/** "does a data scientist or an sre pay more": the roles' pay side by side, with no level or place asked. */
function rolesPayCompared({ kb, u, other, employersNamed }: PayAsk): Answer | undefined {
  if (!other || u.level || u.place || u.unlistedPlace || employersNamed) return undefined;
  const compared = payComparison(kb, u.roles);
  const hourly = u.perHour ? withHourlyMedians(kb, compared, u.roles) : compared;
  // "i want to become a software engineer. is it realistic without a degree? what's the pay difference?":
  // the second question is answered beside the pay, of where the move leads.
  const pay = withDegreeNote(kb, u.text, hourly, u.to ? [u.to] : []);
  return withUnreadSide(moveOptions(kb, u) ?? pay, u.entities.unread);
}

/** "pay in the first year", "starting out", "starting salary": the pay of the job's start asked. */
const startAsked = /\b(?:first|1st) year\b|\bstarting (?:out|salary|pay)\b|\bright out of\b/i;

/**
 * "what about pay in the first year" after DBA -> data engineer: the roles' pay side by side, said first to
 * be of all levels where the knowledge has no entry level figure for a side (otherwise: medians that read
 * as what the first year pays), as one role's pay says.
 */
function startingPaySaid(pay: Answer, u: Understanding): Answer {
  // With a level read ("starting out vs after 10 years" as entry against senior), the answer's own lines say
  // which levels have no figure.
  if (!startAsked.test(u.text) || u.level) return pay;
  const without = u.roles.filter((r) => !r.salary?.levels.some((l) => l.level === "entry"));
  if (without.length === 0) return pay;
  return saidFirst(
    pay,
    `The knowledge base has no entry level figure for ${orList(without.map((r) => r.name))}: the figures below are for all levels, not the first year's.`,
  );
}

/** Each role's own pay, at the level, place or employers asked, one answer after the other. */
function eachRolePay({ kb, u, intent }: PayAsk): Answer {
  const focus = intent === "totalComp" ? "totalComp" : intent === "payRanking" ? "ranking" : "salary";
  // "electrician pay per hour": a level, place or employer narrows the annual figures, not BLS's hourly ones.
  const narrowed = Boolean(u.level || u.place || u.unlistedPlace || u.company || u.companyKinds);
  const answers = u.roles.map((r) => {
    const pay = payAnswer(kb, u.text, r, {
      ...(u.level ? { level: u.level } : {}),
      ...(u.place ? { place: u.place } : {}),
      ...(u.unlistedPlace ? { unlistedPlace: u.unlistedPlace } : {}),
      ...(u.unlistedLevel ? { unlistedLevel: u.unlistedLevel } : {}),
      ...(u.company ? { company: u.company } : {}),
      ...(u.otherCompanies ? { otherCompanies: u.otherCompanies } : {}),
      ...(u.companyKinds ? { companyKinds: u.companyKinds } : {}),
      ...(u.remotePay ? { remote: true } : {}),
      focus,
    });
    if (!u.perHour) return pay;
    const missing = employersWithoutFiguresSaid(kb, r, {
      ...(u.company ? { company: u.company } : {}),
      ...(u.otherCompanies ? { otherCompanies: u.otherCompanies } : {}),
      ...(u.companyKinds ? { companyKinds: u.companyKinds } : {}),
      focus,
    });
    return hourlyPayAnswer(kb, r, pay, narrowed, missing);
  });
  return unreadSideLeft(together(u.text, answers), u);
}

/**
 * "what does epic pay their devs / implementation folks", "swe vs blorpt salary": a side beside the one role
 * read that names no role is said to be left out, after that role's pay, and at an employer, which role
 * there is asked back (otherwise: it was dropped without a word, as if the pay shown were its too).
 */
function unreadSideLeft(answer: Answer, u: Understanding): Answer {
  const unread = u.entities.unread;
  if (!unread || answer.kind !== "answer" || u.roles.length !== 1) return answer;
  const employer = u.company ?? u.otherCompanies?.[0];
  const line = employer
    ? `“${unread}” names no role I know, so no pay is shown for it. Which role at ${employer} do you mean? Name it in your question.`
    : `I could not read “${unread}” as a role I know, so it is left out.`;
  return { ...answer, facts: [...answer.facts, line] };
}

/**
 * "pay difference?" after "should i go from senior swe to engineering manager": a level or place carried
 * from the thread that none of the roles has figures for leaves their national pay, set side by side with
 * its verdict (as the move's answer set it), said first to be national, not each role's pay apart.
 */
function nationalForCarried(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  if (u.intent !== "payCompare" || e.level || e.unlistedLevel || e.place || e.unlistedPlace) return undefined;
  if (!u.level && !u.place) return undefined;
  const figureFor = (r: Role) =>
    (u.level && r.salary?.levels.some((l) => l.level === u.level)) ||
    (u.place && r.salary?.locations.some((l) => l.location === u.place));
  const roles = u.roles.slice(0, 3);
  if (roles.some(figureFor)) return undefined;
  const level = kb.knowledge.levels.find((l) => l.id === u.level)?.name.toLowerCase();
  const place = kb.knowledge.locations.find((l) => l.id === u.place)?.name;
  const where = [level ? `at the ${level}` : undefined, place ? `in ${place}` : undefined]
    .filter(Boolean)
    .join(" or ");
  // After a move, where it starts comes first, as in the move's answer.
  const [to, from] = u.threadRoles;
  const ordered = u.threadIntent === "gap" && roles.length === 2 && to && from ? [from, to] : roles;
  return saidFirst(
    payComparison(kb, ordered),
    `No figures for these roles ${where}: the pay below is national.`,
  );
}
