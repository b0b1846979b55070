import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import type { Classification } from "../classifier.js";
import { askedAboutThread, type ConversationContext } from "../conversation-state.js";
import { type Entities, namedJobs } from "../entities.js";
import { type ExperienceYears, experienceYears } from "../experience-years.js";
import { conversational, type Intent, payIntents, roleIntents } from "../intents.js";
import { jobNouns, plurals } from "../job-nouns.js";
import { nationwideAsked } from "../nationwide.js";
import {
  afterOpeningPick,
  closesOnPick,
  onlyPicks,
  pickInThread,
  picksAnew,
  type ThreadPick,
} from "../thread-pick.js";
import { howMuchAlone, jobsCounted, payAsked, wordsPattern } from "../topic-words.js";
import { confidentAt, isGuess, namesNoTopic } from "../understanding.js";
import { workLifeAsked } from "../work-life.js";
import { marketGrowthAsked, nextStep, pathPhrases } from "./words.js";

/*
 * What the thread rules read: the question, what it names, and the facts about it and its thread that more
 * than one rule reads (what was picked, whether the last answer was a move, whether pay is asked), each
 * worked out once here. A fact only one rule reads is worked out beside that rule.
 */

export interface ThreadReading {
  kb: KnowledgeBase;
  text: string;
  e: Entities;
  c: Classification;
  context: ConversationContext | undefined;
  /** The question's words. */
  words: string[];
  /** How many jobs the question names: roles, occupations, a title no source knows. */
  jobsNamed: number;
  /** A question about a role we do not cover, or a name that could be several, never borrows the thread's roles. */
  covered: boolean;
  /** Whether the question asks pay, in any of its words. */
  asksPay: boolean;
  /** "the first one", "the heavy one": one of the roles or occupations the thread offered, picked. */
  pick: ThreadPick | undefined;
  /** The roles the thread's last answer offered (a path's related roles, a question back's options). */
  offered: Role[];
  /** "which of those pays best" after roles were offered: all of them, weighed. */
  overOffered: boolean;
  /** The roles the question is about when it names none: the one picked, those offered, or the thread's. */
  thread: Role[];
  /** "the first one" after "which analyst do you mean?": one of the options, not of the thread's own roles. */
  pickedOffered: boolean;
  /**
   * A pick that asks nothing else ("the second one") asks the thread's last question again, of the one
   * picked. So does "tell me more about the second one", whose other words only ask about the pick.
   */
  asksNothing: boolean;
  /** After pay, or a ranking of roles (by pay, mostly), a pick asking nothing else asks the one picked's pay. */
  pickedPay: boolean;
  /** The intent before the thread is read: the classifier's, or what a pick asking nothing else asks. */
  firstIntent: Intent;
  /** A level, a place (with figures or not) or an employer: what changes the pay asked about. */
  payDetail: boolean;
  /** "in general", "in the states": the whole US asked, no place named, so no place or employer is carried. */
  nationwide: boolean;
  /** Whether the thread is about a role or an occupation. */
  threadSubject: boolean;
  /** A fragment that only changes an entity ("what about Seattle?", "senior?", "in london?"). */
  fragment: boolean;
  /** The role the thread was about before its current one, if any. */
  earlier: Role | undefined;
  /** Working life asked ("is it lonely", "how many hours a week"), which no source covers. */
  lifeAsked: boolean;
  /** One role asked about: named, or the thread's only one. */
  oneRole: boolean;
  /** One role asked about in a question of timing: named, or the thread's only one pointed at. */
  oneRoleTimed: boolean;
  /** Where one role sits on its ladder asked ("is it a senior role"), with no move nor pay asked. */
  rungOnly: boolean;
  /** A move named between two roles: from one into another. */
  move: boolean;
  /** The thread's last answer was a move from an occupation into one role: its context keeps the occupation. */
  occupationMove: boolean;
  /** The thread's last answer was a move. */
  threadMove: boolean;
  /** After a move's answer, a question about it that names nothing (no job, no pay detail) is about that move. */
  afterMove: boolean;
  /** "how about the reverse", "what about the other way around": the thread's move, the other way. */
  reversed: boolean;
  /**
   * After the way into one role with no start pinned ("how do i become a data engineer", or a start that
   * names several occupations), the role is all there is. (Not after a question back for where a move from
   * the one role leads: that role is its start.)
   */
  intoOne: boolean;
  /** Going on from a role held asked ("3 yrs as sysadmin, next?") or its growth path ("a growth path out of it"). */
  pathAsked: boolean;
  /** "how do i get out of it" in a thread about one role: leaving it, where to is asked back. */
  leavingThread: boolean;
  /** After "which role do you want to move to from QA Engineer?", a question that still names no end. */
  targetStillAsked: boolean;
  /** "pay starting out", "starting salary" asked: pay at the start, the entry level. */
  startsOut: boolean;
  /** Years of experience in a pay question: the pay that far into a career. */
  yearsOfPay: ExperienceYears | undefined;
  /** "which grows fastest" after roles set side by side: those roles weighed by pay or by growth. */
  setWeighedBy: "payCompare" | "outlook" | undefined;
}

/**
 * Words that point back at several things just listed: "which of those", "what do these pay", "which pays
 * best". Not "they" ("what tools do they use" is about the thread's role) nor "which" before a noun.
 */
const referToMany =
  /\b(those|these|of them|which (?:one|ones|of|pays?|earns?|makes?|is|are|has|grows?|gets?|would|should|will))\b/i;

/** Nouns that make "which" range over every role ("which jobs grow fastest"), not the thread's. */
const everyRole = wordsPattern(plurals([...jobNouns, "occupation", "profession", "field"]));

/**
 * "which grows fastest", "which one pays the most", "which of these jobs pays best": which of the roles just
 * set side by side, not of every role.
 */
const asksWhichOfSet = (text: string) =>
  /\bwhich\b/i.test(text) &&
  (!everyRole.test(text.replace(jobsCountedPhrase, " ")) ||
    /\b(these|those|them|the (two|three))\b/i.test(text));

/**
 * Jobs counted, not ranged over: "which one has more jobs available", "which has the most positions open"
 * asks which of the set has more openings, not which of every role.
 */
const jobsCountedPhrase = new RegExp(wordsPattern(jobsCounted).source, "gi");

/** "the reverse", "the other way around", "vice versa": a move asked the other way. */
const reverseAsked =
  /\b(?:the )?(?:reverse|opposite)\b|\bother way(?: a?round)?\b|\bvice versa\b|\bbackwards?\b/i;

/** "pay starting out", "starting salary": pay at the start, the entry level. */
const startingOut =
  /\b(starting out|starting (?:pay|salary|wage|wages)|to start with|at the start|at first|first job)\b/i;

/** "what should i move to then", "where could i switch to": where a move from the thread's role leads, asked. */
const whereToAsked = /\b(?:what|where|which)\b.*\b(?:move|switch|go|transition|pivot)\b.*\b(?:to|into)\b/i;

/** Words that only say a correction: "sorry i meant", "no", "not", "actually". */
const correcting = new Set("sorry i meant mean no not oops actually".split(" "));

/**
 * "sorry i meant senior, not mid": the words of a question past those that only correct, and past what
 * "not" takes back, which ask nothing; what is left ("senior") is as short as a fragment's.
 */
const withoutCorrection = (masked: readonly string[]) =>
  masked.filter((w, i) => !correcting.has(w) && masked[i - 1] !== "not");

/** The roles of ids, those the knowledge base knows, in order. */
const rolesOf = (kb: KnowledgeBase, ids: string[]) =>
  ids.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);

/** Reads a question in its thread: the facts the rules share. */
export function readThread(
  kb: KnowledgeBase,
  text: string,
  e: Entities,
  c: Classification,
  context: ConversationContext | undefined,
): ThreadReading {
  const words = tokenize(text);
  const jobsNamed = namedJobs(e);
  const asksPay = payAsked.test(text) || howMuchAlone.test(text);
  const pick = pickInThread(kb, words, context);
  const offered = rolesOf(kb, context?.offered ?? []);
  const overOffered = !pick && offered.length >= 2 && jobsNamed === 0 && referToMany.test(text);
  // "which grows fastest" after roles asked about one at a time: those roles, as a set shown side by side.
  const inTurn = rolesOf(kb, context?.inTurn ?? []);
  const overInTurn =
    !pick &&
    !overOffered &&
    jobsNamed === 0 &&
    context?.roles.length === 1 &&
    inTurn.length >= 2 &&
    asksWhichOfSet(text) &&
    (asksPay || marketGrowthAsked(text));
  // "which of those is growing fastest" after a pick narrowed a set shown to one ("the last one - what
  // skills?"): the whole set shown, weighed, as before the pick.
  const shown = rolesOf(kb, context?.shown ?? []);
  const overShown =
    !pick &&
    !overOffered &&
    !overInTurn &&
    jobsNamed === 0 &&
    context?.roles.length === 1 &&
    shown.length >= 2 &&
    referToMany.test(text) &&
    (asksPay || marketGrowthAsked(text));
  // "the third one" of two: no role of the thread stands for it; the answer says how many there were.
  const thread = pick?.pastRoles
    ? []
    : pick?.role
      ? [pick.role]
      : overOffered
        ? offered
        : overInTurn
          ? inTurn
          : overShown
            ? shown
            : rolesOf(kb, context?.roles ?? []);
  const asksNothing =
    pick !== undefined &&
    !closesOnPick(words) &&
    // "just the first one, pay?": pay named after the pick is asked of it, however many words open it.
    !payAsked.test(afterOpeningPick(words).join(" ")) &&
    (conversational.has(c.intent) ||
      // A guess at a topic asked after the pick ("the cheaper one, how do i get in") still asks it.
      (isGuess(c) && (afterOpeningPick(words).length === 0 || !roleIntents.has(c.intent))) ||
      // ...but not one no word voted for ("the cheaper one, thoughts?"): that reply is the pick alone.
      namesNoTopic(c) ||
      // A short reply asks nothing but the pick unless it names a topic outright ("the former, what skills").
      (e.masked.length <= 5 && !roleIntents.has(c.intent)) ||
      onlyPicks(words));
  const pickedPay =
    asksNothing &&
    pick?.role !== undefined &&
    context?.intent !== undefined &&
    (payIntents.has(context.intent) || context.intent === "roleRanking");
  const payDetail = Boolean(
    e.level || e.unlistedLevel || e.place || e.unlistedPlace || e.company || e.companyKinds.length,
  );
  const threadSubject = (context?.roles.length ?? 0) > 0 || context?.occupation !== undefined;
  // So is "in london?" in a thread, which alone reads as off topic: a place, level or employer is all it names.
  const firstIntent = pickedPay ? "salary" : asksNothing ? "followUp" : c.intent;
  const fragment =
    firstIntent === "followUp" ||
    (c.confidence < confidentAt && (jobsNamed > 0 || payDetail) && e.masked.length <= 4) ||
    (threadSubject && payDetail && jobsNamed === 0 && withoutCorrection(e.masked).length <= 4);
  const move = e.from !== undefined && e.to !== undefined && e.from !== e.to;
  const occupationMove = context?.intent === "gap" && context.occupation !== undefined && thread.length === 1;
  const threadMove = context?.intent === "gap" && (thread.length === 2 || occupationMove);
  const afterMove = threadMove && jobsNamed === 0 && !payDetail;
  const pathAsked = nextStep.test(text) || new RegExp(pathPhrases.source, "i").test(text);
  const oneRoleTimed = e.roles.length === 1 || (jobsNamed === 0 && e.pronoun && thread.length === 1);
  // After a move ("dba to data architect" then "is that a senior role"): the role the move leads to. (The
  // rung's word reads as a pay level, so this is no afterMove, which asks that no level be named.)
  const rung =
    oneRoleTimed || (e.roles.length === 0 && jobsNamed === 0 && (thread.length === 1 || threadMove));
  const years = experienceYears(text);
  const afterPayQuestion =
    context?.intent !== undefined && payIntents.has(context.intent) && jobsNamed === 0 && thread.length > 0;
  const setInThread = thread.length >= 2 && !pick && !overOffered && context?.intent !== "gap";
  const weighsSet = setInThread && jobsNamed === 0 && asksWhichOfSet(text);
  return {
    kb,
    text,
    e,
    c,
    context,
    words,
    jobsNamed,
    covered: e.uncovered.length === 0 && !e.unknownTitle && e.ambiguous.length === 0,
    asksPay,
    pick,
    offered,
    overOffered,
    thread,
    pickedOffered:
      (pick?.role !== undefined && offered.length > 0 && !askedAboutThread(context)) ||
      picksAnew(pick, context),
    asksNothing,
    pickedPay,
    firstIntent,
    payDetail,
    nationwide: nationwideAsked(text) && !e.place && !e.unlistedPlace && !e.company,
    threadSubject,
    fragment,
    earlier: context?.earlier ? kb.roleById.get(context.earlier) : undefined,
    lifeAsked: workLifeAsked(text).length > 0,
    oneRole: e.roles.length === 1 || (jobsNamed === 0 && thread.length === 1),
    oneRoleTimed,
    rungOnly: rung && !move && !asksPay,
    move,
    occupationMove,
    threadMove,
    afterMove,
    reversed: afterMove && thread.length === 2 && reverseAsked.test(text),
    intoOne:
      context?.intent === "gap" &&
      thread.length === 1 &&
      !occupationMove &&
      jobsNamed === 0 &&
      !payDetail &&
      !context.leaving,
    pathAsked,
    leavingThread:
      e.moving &&
      jobsNamed === 0 &&
      thread.length === 1 &&
      !pathAsked &&
      (/\b(out of|leave|leaving|quit)\b/i.test(text) || whereToAsked.test(text)),
    targetStillAsked:
      context?.leaving !== undefined &&
      thread.length === 1 &&
      thread[0]?.id === context.leaving &&
      jobsNamed === 0 &&
      !e.to,
    startsOut: startingOut.test(text) && asksPay,
    yearsOfPay: years && (asksPay || afterPayQuestion) ? years : undefined,
    setWeighedBy: !weighsSet
      ? undefined
      : asksPay
        ? "payCompare"
        : marketGrowthAsked(text)
          ? "outlook"
          : undefined,
  };
}
