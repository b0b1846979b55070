import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { type Entities, namedJobs } from "../entities/entities.js";
import { type ExperienceYears, experienceYears } from "../entities/experience-years.js";
import type { Classification } from "../intent/classifier.js";
import { payIntents } from "../intent/intents.js";
import { confidentAt } from "../shape/understanding.js";
import { askedAboutThread, type ConversationContext } from "../thread/conversation-state.js";
import { correctionAsked } from "../thread/correction.js";
import { afterOpeningPick, otherPickedAnew, picksAnew, type ThreadPick } from "../thread/thread-pick.js";
import { nationwideAsked, noEmployerAsked } from "../words/nationwide.js";
import { asksRemote } from "../words/question-asks.js";
import { roleSupposed } from "../words/role-supposed.js";
import { costMoreThanAsked, howMuchAlone, payAsked, payGainAsked, payPhrase } from "../words/topic-words.js";
import { workLifeAsked } from "../words/work-life.js";
import { type MoveFacts, moveFactsOf } from "./reading-move.js";
import { type PickAsks, pickAsks } from "./reading-pick.js";
import { setWeighedBy, type ThreadRoles, threadRolesOf } from "./reading-roles.js";

/*
 * What the thread rules read: the question, what it names, and the facts about it and its thread that more
 * than one rule reads (what was picked, whether the last answer was a move, whether pay is asked), each
 * worked out once here, the bigger groups of them in files of their own: `reading-roles.ts` (the roles
 * asked about), `reading-pick.ts` (what a pick asks) and `reading-move.ts` (moves). A fact only one rule
 * reads is worked out beside that rule.
 */

export interface ThreadReading extends ThreadRoles, PickAsks, MoveFacts {
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
  /** "the first one" after "which analyst do you mean?": one of the options, not of the thread's own roles. */
  pickedOffered: boolean;
  /** A level, a place (with figures or not) or an employer: what changes the pay asked about. */
  payDetail: boolean;
  /** "in general", "in the states": the whole US asked, no place named, so no place or employer is carried. */
  nationwide: boolean;
  /** "ok just general then, in sf", "not at google": no employer in particular, so none is carried or kept. */
  noEmployer: boolean;
  /**
   * "what about remote?", "remote salary for a data scientist": pay asked for remote work, which no source
   * splits pay by; no place named, so none is carried either (remote work is no city's).
   */
  remote: boolean;
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
  /** "pay starting out", "starting salary" asked: pay at the start, the entry level. */
  startsOut: boolean;
  /** Years of experience in a pay question: the pay that far into a career. */
  yearsOfPay: ExperienceYears | undefined;
  /** "which grows fastest" after roles set side by side: those roles weighed by pay or by growth. */
  setWeighedBy: "payCompare" | "outlook" | undefined;
}

/**
 * "pay starting out", "starting salary", "what does a first swe job pay", "the pay once im in", "a pay cut
 * to begin with": pay at the start, the entry level.
 * A first job may be named by its kind in a few words between ("my first software engineering job").
 */
const startingOut =
  /\b(starting out|starting (?:pay|salary|wage|wages)|to (?:start|begin) with|at the (?:start|beginning)|in the beginning|at first|first (?:[\w+#-]+ ){0,3}(?:job|role|position|gig)|once (?:i'?m|i am|you'?re|you are) in|when i (?:start|get in))\b/i;

/**
 * "ok what do they start at", "what would a dba start at": the pay a job starts at, asked with no word of
 * pay; it is the starting pay (otherwise: what they do, asked back which of the thread's roles).
 */
const startsAtAsked =
  /\b(?:what|how much) (?:do|does|would|will|did|could) (?:[\w'-]+ ){1,4}(?:usually |typically |normally )?start (?:out |off )?(?:at|on)\b(?! (?:a|an|the|my|your|this|that)\b)/i;

/** Words that only say a correction: "sorry i meant", "no", "not", "actually". */
const correcting = new Set("sorry i meant mean no not oops actually wait".split(" "));

/**
 * "sorry i meant senior, not mid": the words of a question past those that only correct, and past what
 * "not" takes back, which ask nothing; what is left ("senior") is as short as a fragment's.
 */
const withoutCorrection = (masked: readonly string[]) =>
  masked.filter((w, i) => !correcting.has(w) && masked[i - 1] !== "not");

/**
 * Words that name a topic other than pay outright: "skills", "education", "outlook"; and words of a job's
 * decline ("is bookkeeping dying tho" after a move out of it), which ask its outlook, not the thread's
 * last question of the job named.
 */
const topicNamed =
  /\b(?:skills?|education|schooling|degrees?|outlook|growth|demand|certs?|certifications?|tools|duties|responsibilities|requirements|qualifications|dying|declin(?:e|es|ing)|shrink(?:s|ing)?|obsolete|doomed|(?:over)?saturated)\b/i;

/** Words that open an aside told after what is asked: "what about toronto lol my cousin lives there". */
const asideOpeners = new Set("lol lmao haha my since because cause cuz bc".split(" "));

/**
 * The words of a question before an aside told after them ("what about toronto lol my cousin lives there":
 * "what about toronto"), which say why it is asked and change nothing of what is.
 */
const asideLeftOut = (masked: readonly string[]) => {
  const at = masked.findIndex((w, i) => i >= 2 && asideOpeners.has(w));
  return at > 0 ? masked.slice(0, at) : masked;
};

/**
 * A fragment that only changes an entity: a pick asking nothing else, a short guess that names a job or a
 * pay detail ("senior?"), or in a thread a place, level or employer that is all the question names ("in
 * london?", which alone reads as off topic).
 */
function fragmentAsked(
  e: Entities,
  c: Classification,
  r: Pick<ThreadReading, "firstIntent" | "jobsNamed" | "payDetail" | "threadSubject" | "text" | "pick">,
): boolean {
  const { jobsNamed, payDetail } = r;
  // "k the first one in sf", "the latter at senior level": the pick opening the reply only says of which
  // role; what it changes is as short as "and in sf?" (otherwise: both roles' pay in SF, the pick lost).
  const afterPick = r.pick?.role ? afterOpeningPick(e.masked) : [];
  const changed = asideLeftOut(afterPick.length > 0 ? afterPick : e.masked);
  // "entry education?", "skills for juniors?" after pay: a word naming another topic asks that topic at the
  // level or place named, not the thread's pay there.
  if (r.firstIntent !== "followUp" && topicNamed.test(r.text)) return false;
  return (
    r.firstIntent === "followUp" ||
    // "i meant cloud architect not devops", spelt "i meant sre vs cloud architect": the question before
    // asked again of the roles meant.
    (r.threadSubject &&
      jobsNamed > 0 &&
      correctionAsked(r.text) &&
      withoutCorrection(e.masked).length <= 4) ||
    (c.confidence < confidentAt && (jobsNamed > 0 || payDetail) && e.masked.length <= 4) ||
    // "and if the posting is really more of a sysadmin job": the thread's job supposed another.
    (r.threadSubject && jobsNamed > 0 && roleSupposed(r.text, e.roles.length > 0 ? 3 : 2)) ||
    (r.threadSubject && payDetail && jobsNamed === 0 && withoutCorrection(changed).length <= 4)
  );
}

/** Words beside "how much" and a level, place or employer that ask nothing else ("how much for a senior"). */
const besideHowMuch = new Set(
  "xlevel xplace xcompany for at in as a an the level so and ok okay but then tho though roughly lol".split(
    " ",
  ),
);

/**
 * "how much senior", "how much for seniors in austin", "senior how much": "how much" said with only a level,
 * a place or an employer asks the pay there, as "how much" alone asks the pay (after skills too).
 */
const howMuchOfDetail = (masked: readonly string[]) => {
  const words = masked.filter((w) => w !== "");
  const at = words.findIndex((w, i) => w === "how" && words[i + 1] === "much");
  const rest = at < 0 ? [] : [...words.slice(0, at), ...words.slice(at + 2)];
  return (
    rest.some((w) => w === "xlevel" || w === "xplace" || w === "xcompany") &&
    rest.every((w) => besideHowMuch.has(w))
  );
};

/** Reads a question in its thread, with what it picks as a reply (`reply-to-ask-back.ts`): the facts the rules share. */
export function readThread(
  kb: KnowledgeBase,
  text: string,
  e: Entities,
  c: Classification,
  context: ConversationContext | undefined,
  pick: ThreadPick | undefined,
): ThreadReading {
  const words = tokenize(text);
  const jobsNamed = namedJobs(e);
  // "how much would i gain at mid level": a gain in pay asks pay, though no word of pay is said.
  const startsAt = startsAtAsked.test(text);
  // "what should i be making", "the 90th percentile": pay in an everyday phrase asks pay as its words do.
  const asksPay =
    payAsked.test(text) ||
    howMuchAlone.test(text) ||
    howMuchOfDetail(e.masked) ||
    payGainAsked.test(text) ||
    payPhrase.test(text) ||
    // "how much more than a regular software engineer are we talking": what one costs more than another.
    costMoreThanAsked.test(text) ||
    startsAt;
  const asked = { text, context, jobsNamed, asksPay, pick };
  const roles = threadRolesOf(kb, asked);
  const { thread } = roles;
  const picked = pickAsks(words, e, c, pick, context);
  const payDetail = Boolean(
    e.level || e.unlistedLevel || e.place || e.unlistedPlace || e.company || e.companyKinds.length,
  );
  const threadSubject = (context?.roles.length ?? 0) > 0 || context?.occupation !== undefined;
  const moves = moveFactsOf({ text, e, context, thread, jobsNamed, payDetail });
  const oneRoleTimed = e.roles.length === 1 || (jobsNamed === 0 && e.pronoun && thread.length === 1);
  // After a move ("dba to data architect" then "is that a senior role"): the role the move leads to. (The
  // rung's word reads as a pay level, so this is no afterMove, which asks that no level be named.)
  const rung =
    oneRoleTimed || (e.roles.length === 0 && jobsNamed === 0 && (thread.length === 1 || moves.threadMove));
  const years = experienceYears(text);
  const afterPayQuestion =
    context?.intent !== undefined && payIntents.has(context.intent) && jobsNamed === 0 && thread.length > 0;
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
    ...roles,
    pickedOffered:
      (pick?.role !== undefined && roles.offered.length > 0 && !askedAboutThread(context)) ||
      picksAnew(pick, context) ||
      otherPickedAnew(pick, context, text),
    ...picked,
    payDetail,
    nationwide: nationwideAsked(text) && !e.place && !e.unlistedPlace && !e.company,
    noEmployer: noEmployerAsked(text, e.masked),
    remote: asksRemote(text) && !e.place && !e.unlistedPlace && !e.company,
    threadSubject,
    fragment: fragmentAsked(e, c, { ...picked, jobsNamed, payDetail, threadSubject, text, pick }),
    earlier: context?.earlier ? kb.roleById.get(context.earlier) : undefined,
    lifeAsked: workLifeAsked(text).length > 0,
    oneRole: e.roles.length === 1 || (jobsNamed === 0 && thread.length === 1),
    oneRoleTimed,
    rungOnly: rung && !moves.move && !asksPay,
    ...moves,
    startsOut: (startingOut.test(text) || startsAt) && asksPay,
    // Years read as one of two stages set side by side ("starting out vs after 10 years") are that level.
    yearsOfPay: years && (asksPay || afterPayQuestion) && !e.stagesByTime ? years : undefined,
    setWeighedBy: setWeighedBy(asked, roles),
  };
}
