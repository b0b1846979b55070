/*
 * Which roles a question that names none is about: the one picked, the set the thread's last answer
 * offered or showed side by side, or the thread's own; and which measure a set shown is weighed by.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { payIntents } from "../intent/intents.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import type { ThreadPick } from "../thread/thread-pick.js";
import { jobNouns, plurals } from "../words/job-nouns.js";
import { asksLongTerm } from "../words/timing-words.js";
import { jobsCounted, wordsPattern } from "../words/topic-words.js";
import { workLifeAsked } from "../words/work-life.js";
import { recentSetAsked } from "./recent-set.js";
import {
  bareGapAsked,
  entryWeighed,
  marketGrowthAsked,
  moreOfNothingSaid,
  referToMany,
  schoolingAsked,
} from "./words.js";

/** Nouns that make "which" range over every role ("which jobs grow fastest"), not the thread's. */
const everyRole = wordsPattern(plurals([...jobNouns, "occupation", "profession", "field"]));

/**
 * Jobs counted, not ranged over: "which one has more jobs available", "which has the most positions open"
 * asks which of the set has more openings, not which of every role.
 */
const jobsCountedPhrase = new RegExp(wordsPattern(jobsCounted).source, "gi");

/**
 * "which grows fastest", "which one pays the most", "which of these jobs pays best": which of the roles just
 * set side by side, not of every role.
 */
const asksWhichOfSet = (text: string) =>
  /\bwhich\b/i.test(text) &&
  (!everyRole.test(text.replace(jobsCountedPhrase, " ")) ||
    /\b(these|those|them|the (two|three))\b/i.test(text));

/** "does either need a phd", "neither pays well?": each of the roles the thread set beside each other. */
const eitherOfThem = /\b(?:either|neither)\b/i;

/** The roles of ids, those the knowledge base knows, in order. */
const rolesOf = (kb: KnowledgeBase, ids: string[]) =>
  ids.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);

/** What the roles of a question in its thread are read from. */
export interface RolesAsked {
  text: string;
  context: ConversationContext | undefined;
  /** How many jobs the question names. */
  jobsNamed: number;
  asksPay: boolean;
  pick: ThreadPick | undefined;
}

export interface ThreadRoles {
  /** The roles the thread's last answer offered (a path's related roles, a question back's options). */
  offered: Role[];
  /** "which of those pays best" after roles were offered: all of them, weighed. */
  overOffered: boolean;
  /** "which of all these pays best": the roles the thread named lately, weighed, not only its last pair. */
  overRecent: boolean;
  /** The roles the question is about when it names none: the one picked, those offered, or the thread's. */
  thread: Role[];
}

/**
 * Growth weighed: "which grows fastest", or which is judged better over the years ahead ("which is better
 * long term"), which their job markets answer as for one role (`longTermOfRole`); not where what is judged
 * over the years is working life ("which is better long term for work life balance": each one's work).
 */
const growthWeighed = (text: string) =>
  marketGrowthAsked(text) || (asksLongTerm(text) && workLifeAsked(text).length === 0);

/** A question weighing a set ("which grows fastest") by pay or by growth. */
const weighsByPayOrGrowth = ({ text, asksPay }: RolesAsked) => asksPay || growthWeighed(text);

/** Of a set of at least two, weighed ("which of those") after the thread narrowed to one role. */
const weighsAfterOne = (a: RolesAsked, set: Role[]) =>
  a.jobsNamed === 0 && a.context?.roles.length === 1 && set.length >= 2;

/**
 * The roles a question that names none is about: the one picked; all those offered, weighed ("which of
 * those pays best"); those asked about one at a time, or shown side by side before a pick, as one set
 * weighed; else the thread's own roles.
 */
export function threadRolesOf(kb: KnowledgeBase, a: RolesAsked): ThreadRoles {
  const { text, context, pick } = a;
  const offered = rolesOf(kb, context?.offered ?? []);
  // "ok what do they start at", "how much do they make" right after a ranking of roles: "they" are the roles
  // ranked, their pay weighed (otherwise: asked back which one of them).
  const theyRanked = context?.intent === "roleRanking" && a.asksPay && /\b(?:they|them)\b/i.test(text);
  const overOffered =
    !pick && offered.length >= 2 && a.jobsNamed === 0 && (referToMany.test(text) || theyRanked);
  // "the third one" of two: no role of the thread stands for it; the answer says how many there were.
  const roles = (thread: Role[], overRecent = false) => ({ offered, overOffered, overRecent, thread });
  if (pick?.pastRoles || pick?.unclear) return roles([]);
  if (pick?.role) return roles([pick.role]);
  // "ok the second then, outlook?" after "systems analyst vs business analyst": the occupation side of a
  // comparison picked, alone, with no role of the thread set beside it again.
  if (pick?.occupation && context?.shown?.includes(pick.occupation)) return roles([]);
  if (overOffered) return roles(offered);
  // "does it pay much better" after the next steps from the job held: the job held beside each of them.
  const from = kb.roleById.get(pathStart(context) ?? "");
  if (from && nextStepPayWeighed(a)) return roles([from, ...offered.filter((o) => o !== from)]);
  // "which of all these pays best": every role the thread named lately, not only its last pair.
  const recent = !pick && a.jobsNamed === 0 ? recentSetAsked(kb, text, context) : undefined;
  if (recent) return roles(recent, true);
  // "which grows fastest" after roles asked about one at a time: those roles, as a set shown side by side.
  const inTurn = rolesOf(kb, context?.inTurn ?? []);
  // "which is best" after pay asked of each in turn weighs their pay too.
  const morePaid = payIntents.has(context?.intent ?? "offTopic") && moreOfNothingSaid.test(text);
  // So does "which is harder to get into", weighing their ways in, and "which needs a phd", their schooling.
  const weighs = weighsByPayOrGrowth(a) || morePaid || entryWeighed(text) || schoolingAsked.test(text);
  const ofSet = asksWhichOfSet(text) || eitherOfThem.test(text);
  if (!pick && weighsAfterOne(a, inTurn) && ofSet && weighs) return roles(inTurn);
  // "and the gap?", "the gap between the two" after pay asked of each in turn: the gap in their pay.
  const payGap = payIntents.has(context?.intent ?? "offTopic") && bareGapAsked(text);
  if (!pick && weighsAfterOne(a, inTurn) && payGap) return roles(inTurn);
  // "which of those is growing fastest" after a pick narrowed a set shown to one ("the last one - what
  // skills?"): the whole set shown, weighed, as before the pick.
  const shown = rolesOf(kb, context?.shown ?? []);
  if (!pick && weighsAfterOne(a, shown) && referToMany.test(text) && weighsByPayOrGrowth(a))
    return roles(shown);
  // "what do they each pay at entry level" after a question of one of two roles set side by side: "each" is
  // every one of the set shown, not the one role the thread narrowed to.
  if (!pick && weighsAfterOne(a, shown) && everyOneOf.test(text)) return roles(shown);
  return roles(rolesOf(kb, context?.roles ?? []));
}

/** Where a path the thread answered starts: the job held, else the one role it was asked of. */
const pathStart = (context: ConversationContext | undefined): string | undefined =>
  context?.held ?? (context?.roles.length === 1 ? context.roles[0] : undefined);

/** Words that weigh pay against the pay had now: "better", "more", "a bump". */
const paysMore = /\b(?:better|more|higher|bump|raise|jump|increase|step up)\b/i;

/**
 * "does it pay much better", "is the pay better", "how much more do they make" right after a path from the
 * job held (or the one role asked of), which offered the next steps from it: the next steps' pay weighed against the job held, side by
 * side (read alone, "it" was the job held and only its own pay was shown).
 */
export const nextStepPayWeighed = (a: RolesAsked): boolean =>
  a.context?.intent === "path" &&
  pathStart(a.context) !== undefined &&
  (a.context.offered?.length ?? 0) > 0 &&
  a.asksPay &&
  a.jobsNamed === 0 &&
  !a.pick &&
  paysMore.test(a.text);

/** "they each", "for each", "both of them", "either": every one of several, taken in turn. */
const everyOneOf = /\b(?:each|both|either|neither|the two)\b/i;

/** "which grows fastest" after roles set side by side: those roles weighed by pay or by growth. */
export function setWeighedBy(
  a: RolesAsked,
  { thread, overOffered, overRecent }: ThreadRoles,
): "payCompare" | "outlook" | undefined {
  const { text, context, pick } = a;
  // After a move its two sides are no set to weigh, unless the roles named lately are asked for.
  const setInThread =
    thread.length >= 2 && !pick && !overOffered && (context?.intent !== "gap" || overRecent);
  if (!setInThread || a.jobsNamed !== 0 || !asksWhichOfSet(text)) return undefined;
  if (a.asksPay) return "payCompare";
  return growthWeighed(text) ? "outlook" : undefined;
}
