import type { Role } from "../../knowledge/core/schema.js";
import type { CompanyLevelReading } from "../entities/company-level-read.js";
import type { Entities } from "../entities/entities.js";
import type { ExperienceYears } from "../entities/experience-years.js";
import type { Classification } from "../intent/classifier.js";
import type { Intent } from "../intent/intents.js";
import type { RankingRequest } from "../intent/ranking-request.js";
import type { PayStated } from "../words/pay-stated.js";
import type { FiguresAsked } from "./figure-questions.js";

/** What a question asks, about what, and what the thread filled in. */
export interface Understanding {
  /** The question as read: Slack markup removed, whitespace folded. */
  text: string;
  intent: Intent;
  confidence: number;
  second?: Classification["second"];
  /** What the question itself names. */
  entities: Entities;
  /** The roles the answer is about: named, or carried over from the thread. */
  roles: Role[];
  level?: string;
  place?: string;
  /** A place named that the knowledge has no pay figures for (`place` is the location containing it, if any). */
  unlistedPlace?: string;
  /** A level named that the knowledge has no pay figures for ("interns"; `level` is the nearest one). */
  unlistedLevel?: string;
  /**
   * An employer's own name for a level ("L5"), as read: on the ladder of the employer named or carried
   * (`level` is then the level it stands for), or on none where no employer using it was asked about.
   */
  companyLevel?: CompanyLevelReading;
  /**
   * Years of experience a pay question names ("w/ 5 yrs exp"), with the level (`level` too) the knowledge's
   * levels give for that many years, if one does; else the answer says they are left aside.
   */
  experience?: ExperienceYears & { level?: string };
  company?: string;
  /** Other employers named beside `company` ("google vs meta mle pay"): each gets its figures, or a word that it has none. */
  otherCompanies?: string[];
  /** Kinds of employer named ("startups", "faang"): there are no figures by kind of employer. */
  companyKinds?: string[];
  from?: Role;
  to?: Role;
  /** What came from the thread rather than the question ("roles", "place", "intent"…), for the log. */
  inherited: string[];
  /** What the thread's last question asked, whether or not this question asks it again. */
  threadIntent?: Intent;
  /** The roles the thread was about before this question, whether or not this question uses them. */
  threadRoles: Role[];
  /**
   * The thread's last answers set its roles side by side (a comparison's, or a pay comparison asked after a
   * move): "and in denver?" then narrows that comparison, not the move's each side apart.
   */
  threadSideBySide?: true;
  /** The official occupation (SOC code) the thread was about, when its last answer was one (or the one picked). */
  threadOccupation?: string;
  /**
   * An occupation the advisor does not cover that the thread's last answer declined ("Platform Engineers"),
   * when this question names no job of its own: its subject, about which there is nothing to answer.
   */
  threadUncovered?: string;
  /** The occupation the thread's occupation was set beside, kept for a follow-up that weighs the two. */
  besideOccupation?: string;
  /**
   * The official occupations (SOC codes) the thread has in view, when it has two or more and this question
   * picked none: those a question back offered, or the thread's occupation with the one set beside it or
   * the one before it (`occupationsInView`), for a question weighing them ("which one has more openings").
   */
  occupationsInThread?: string[];
  /** The occupation (SOC code) the thread's move started from, when this question is about that move. */
  fromOccupation?: string;
  /** The occupations (SOC codes) the last answer asked to pick from, when this question picked none. */
  offeredOccupations?: string[];
  /**
   * The roles the thread set out when this question picked a place past their end ("the third one, outlook?"
   * after two roles): asked back which of them, never answered for all.
   */
  pickedPast?: Role[];
  /**
   * A reply describing one of the roles set out by its work ("the one that trains models") that fits several
   * as well: the roles, those it fits best first, and the description as typed; asked back which, never guessed.
   */
  pickedUnclear?: { roles: Role[]; best: Role[]; said: string; byName?: true; start?: Role };
  /** Pay asked for remote work ("what about remote?" after pay), which no source splits pay by. */
  remotePay?: true;
  /** A reply that only picks ("the first one") where the thread offered nothing to pick from. */
  pickedFromNothing?: true;
  /**
   * "which one pays the most" where the thread holds one job alone ("web dev pay" before): nothing to rank
   * it against, so which ones is asked back.
   */
  rankedAlone?: true;
  /** The roles the last answer listed or asked to pick from, when this question picked none. */
  offeredRoles?: Role[];
  /** What the question asks about the thread's last answer itself: its figures ("is that before tax") or sources. */
  figuresAsked?: FiguresAsked;
  /**
   * What the question asks pay to be measured by, which no source measures (a certification: "is cissp worth
   * it for pay") or few do (a skill: "does it pay to learn kubernetes", the skills in `skillsAsked`).
   */
  payBy?: "certification" | "skill" | "degree";
  /**
   * The field word of a certification weighed against the skills in `skillsAsked` ("cloud" in "a cloud cert,
   * or learn python instead"), which no source ranks against each other.
   */
  certificationWeighed?: string;
  /** Skills or tools the question asks whether the role needs ("do i need kubernetes for devops"), as written. */
  skillsAsked?: string[];
  /** Skills the asker says they already have ("i know python and sql already"), as written in the knowledge. */
  skillsKnown?: string[];
  /**
   * A word of one of the thread's roles' own names that stood for that role in a fragment ("android" of
   * Mobile Developer, after a question about iOS developers): the answer says it kept the role.
   */
  keptBy?: { word: string; role: Role };
  /**
   * IT the field as a side of a move, read as IT support, its usual role: where a move from outside the
   * roles leads ("nurse to IT worth it?": the usual way in), or where a move into a field starts ("moving
   * from IT to data"); or beside a role, where a question back asked which IT role and the reply weighed the
   * two sides, picking none ("it vs swe", then "which has more openings"). The answer says which role stood
   * for the field, and why.
   */
  itFieldRole?: { role: Role; side: "from" | "to" | "beside" };
  /**
   * "whats the usual step in between" after a move, "it support to sre, any stepping stone?": which roles lie
   * between the move's start (`from`) and its end (`to`), not the move's whole answer.
   */
  stepBetween?: true;
  /**
   * A service left for the IT field ("thinking about IT after the army"), as typed: the question is the way
   * into IT, and the answer says no source says how the service counts toward it. Left for one occupation
   * ("20 years in the army, what would I earn as a nurse"): that occupation's figures, saying first the
   * service has none.
   */
  serviceLeft?: string;
  /**
   * Whether the role needs math, asked of its education or the way in ("without a math background", "is
   * calculus needed"): the answer says what its sources say of math (the kind of skill named) before its education.
   */
  mathAsked?: true;
  /**
   * "cloud architect, what is it and what does it pay": what the one role does, asked beside its pay; the
   * answer gives what it does, then the pay.
   */
  whatItDoesToo?: true;
  /** Pay asked by the hour ("electrician pay per hour", "swe hourly rate"): BLS's hourly wages first. */
  perHour?: boolean;
  /**
   * Pay the question states to be weighed ("got an offer for 82k, is that fair?", "making 60k, underpaid?"):
   * the answer says where it stands among the figures.
   */
  payStated?: PayStated;
  /** A question that ranks roles or occupations: by what, among which, narrowed to what. */
  ranking?: RankingRequest;
  /** What a question ranks roles by that no source measures ("work-life balance"), in words for the answer. */
  unmeasured?: string;
  /**
   * A step between two levels naming no role ("how do i go from mid to senior"): which role is asked back,
   * never a search of the levels' words, which finds some role's pay by level or a duty with "staff" in it.
   */
  levelStep?: true;
  /**
   * What of the job held carries over, asked with two or more roles in the thread weighed as where the move
   * from it leads ("what from my job would even count"): the job held (as typed, or its SOC code) and the
   * roles, for the answer to ask which move.
   */
  carriedToWhich?: { held: string; roles: Role[] };
}

/** Below this the classifier's first choice is a guess: a follow-up, a search, or a question back. */
export const confidentAt = 0.5;

/**
 * Below this no word of the question voted for the classifier's first choice: it is the intents' resting
 * output ("thoughts?" reads as tools at 0.03), so it names no topic at all, not even as a guess.
 */
const someVoteAt = 0.1;

/** Whether the classifier's first choice is only its resting output: no word of the question named a topic. */
export const namesNoTopic = (c: Pick<Understanding, "confidence">) => c.confidence < someVoteAt;

/** Whether the classifier's first choice is too weak to act on: low, or hardly ahead of the second. */
export function isGuess(u: Pick<Understanding, "confidence" | "second">): boolean {
  if (u.confidence < 0.3) return true;
  return u.confidence < confidentAt && u.second !== undefined && u.confidence - u.second.confidence < 0.1;
}
