/**
 * Getting into tech: the ways in with nothing named, and which of several roles (or of IT's) is easiest to
 * enter.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { namedJobs } from "../../understanding/entities/entities.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { payWords } from "../../understanding/words/topic-words.js";
import type { Answer } from "../answers.js";
import {
  asksEasiestEntry,
  asksHarderEntry,
  asksLearnerRole,
  asksNewGraduateRole,
  asksWayIntoTech,
  asksWhichToStartWith,
  easierStepAsked,
  easierToEnter,
  easiestEntry,
  wayIntoTechAnswer,
} from "../getting-in/entry.js";
import { namesNoJob } from "./question-reading.js";

/**
 * "good first job in tech for a bootcamp grad?", "which would be easiest to get into" after "nurse looking at
 * tech jobs" (the occupation held is no tech role to enter), "new grad, what role should i aim for", "learning
 * to code, which job should i aim for": the ways in, by what the roles need to enter.
 */
export function wayIntoTech(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const e = u.entities;
  const noRole =
    u.roles.length === 0 &&
    namedJobs(e) === 0 &&
    u.threadRoles.length === 0 &&
    !u.offeredRoles?.length &&
    !e.itField &&
    !e.pronoun;
  if (!noRole) return undefined;
  if (asksNewGraduateRole(u.text)) return wayIntoTechAnswer(kb, u.text, "graduate");
  // "learning to code in python, what role": the skill named is what the roles are weighed by.
  if (asksLearnerRole(u.text) && !u.skillsAsked?.length) return wayIntoTechAnswer(kb, u.text);
  const asks = u.threadOccupation ? asksEasiestEntry(u.text) : asksWayIntoTech(u.text);
  return asks ? wayIntoTechAnswer(kb, u.text) : undefined;
}

/**
 * "which one is easiest to get into", "which one should i start with" after a list of roles: the one that
 * needs the least education.
 */
/** Whether a question has a word of pay, in any form ("pays", "salary", "paid"). */
const payWordIn = (question: string) =>
  question
    .toLowerCase()
    .split(/\W+/)
    .some((w) => payWords.has(w));

export function easiestOfOffered(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const listed = u.offeredRoles ?? [];
  // "which one pays best at the start" after a ranking asks the pay they start at, not which to start in.
  const asks = asksEasiestEntry(u.text) || (asksWhichToStartWith(u.text) && !payWordIn(u.text));
  return listed.length >= 2 && namesNoJob(u) && asks ? easiestEntry(kb, u.text, listed) : undefined;
}

/**
 * "from a math degree", "with a physics background": the schooling the asker holds, whose kind of skill
 * names nothing to weigh (otherwise: "which is easier to get into from a math degree" after two roles read
 * as which needs a degree).
 */
const schoolingHeld = /\b(?:from|with|have|hold|got)\s+(?:an?\s+|my\s+)?\w+\s+(?:degree|background|major)\b/i;

const withoutSkillKind = (u: Understanding): Understanding => ({
  ...u,
  entities: { ...u.entities, skillKind: undefined },
});

/**
 * "which is easier to get hired as" after two roles were compared (or with two named): what each asks to
 * enter and its openings, not their getting-started tips.
 */
export function easierOfWeighed(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  // "which is easier to get into from help desk": the job one starts from is none of the roles weighed.
  const from = u.entities.from;
  const startOnly =
    from !== undefined && !u.entities.to && u.entities.roles.length === 1 && !u.threadRoles.includes(from);
  const weighsThread =
    namesNoJob(u) || startOnly || (schoolingHeld.test(u.text) && namesNoJob(withoutSkillKind(u)));
  // "is ml way harder to break into than all of those" after front-end vs back-end, full stack vs mobile:
  // the one role named set against the thread's (otherwise: only the named role's way in).
  const [named] = u.entities.roles;
  // So is one offered beside them, "or would qa be an easier jump" after it support vs data analyst, unless
  // the thread weighs a move, whose other ends are weighed from its start; nor the job held, "i am a data
  // analyst. which is the easier move", from which the thread's are weighed (`moves-weighed.ts`).
  const offeredBeside =
    (orAsEasy.test(u.text) || easierStepAsked.test(u.text)) &&
    u.threadIntent !== "gap" &&
    named !== undefined &&
    named !== u.entities.from &&
    !u.threadRoles.includes(named);
  const againstThread =
    named && u.entities.roles.length === 1 && (thanThreadRoles.test(u.text) || offeredBeside)
      ? [named, ...u.threadRoles.filter((r) => r !== named)]
      : [];
  const weighed =
    u.entities.roles.length >= 2
      ? u.roles
      : againstThread.length >= 2
        ? againstThread
        : weighsThread
          ? u.threadRoles
          : [];
  // "or would qa be easier" offers it as an easier way in than the thread's, and "is qa an easier jump than
  // data analyst" weighs two named so: ease is of getting in. (After a move, "which is the easier jump of the
  // two" weighs the moves, not this.)
  const stepWeighed = offeredBeside || (u.entities.roles.length >= 2 && easierStepAsked.test(u.text));
  const easeOfTwo = u.entities.roles.length >= 2 && bareEase.test(u.text) && !workItselfEased.test(u.text);
  const asks = asksEasiestEntry(u.text) || asksHarderEntry(u.text) || stepWeighed || easeOfTwo;
  return weighed.length >= 2 && asks ? easierToEnter(kb, u.text, weighed.slice(0, 3)) : undefined;
}

/** "than all of those", "than them", "than the others": the thread's roles, pointed back at as the other side. */
const thanThreadRoles = /\bthan (?:all (?:of )?)?(?:those|these|them|the others|the rest|both|either)\b/i;

/**
 * "or would qa be easier", "or is qa an easier jump": one more role set beside the thread's by how easy it
 * is, the "or" offering it as another option.
 */
const orAsEasy = /^(?:(?:hmm+|ok|okay|but|so)[,\s]+)?or\b.*\b(?:easier|harder|simpler|quicker)\b/i;

/**
 * "which is easier, help desk or network admin", "sysadmin or dba, which one is harder?", "is qa easier than
 * data analyst", "which is easier help desk or network admin": two roles weighed by ease alone, the ease word
 * right after "which (one) is" or before "than", no topic said after it ("to learn", "at work", "as a job";
 * "which has harder math" weighs the math). No
 * source rates how hard a job is to do; what the sources do say is what each asks to enter and how many
 * openings it has, the way in, which is what someone choosing between two jobs by ease is choosing by. So
 * it is answered as "which is easier to get into" is (otherwise: the whole comparison, ease left unsaid).
 * Not where the job itself is weighed ("is a lead mle job harder than a regular one"): that is the work.
 */
const bareEase =
  /\bwhich(?: one)?(?: is|'s| of them is| of the two is)? (?:easier|harder|tougher|simpler|more difficult)\b(?!\s+(?:to|at|in|on|with|as|job|jobs|work|day)\b)|\b(?:is|are) \S+(?: \S+)? (?:easier|harder|tougher|simpler|more difficult) than\b/i;

/** "a lead mle job harder", "is the work easier": the job itself weighed by ease, not the way in. */
const workItselfEased =
  /\b(?:job|jobs|work|role|position|gig|day to day)\s+(?:is\s+|are\s+)?(?:easier|harder|tougher|simpler|more difficult)\b/i;

/** "can get easy", "easiest to get", "easily land": ease of getting a job, in any of its forms. */
const easeAsked = /\b(?:easy|easily|easiest|easier|simplest)\b/i;
const gettingAsked = /\b(?:get|got|land|enter|start|find|hired)\b/i;

/**
 * "i am fresher, which IT job i can get easy", "which IT job is easiest to get": of IT's roles, the one that
 * asks least to enter (IT support), not the best paid.
 */
export function easiestInIT(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const fieldOnly = u.entities.itField && u.roles.length === 0 && namedJobs(u.entities) === 0;
  return fieldOnly && easeAsked.test(u.text) && gettingAsked.test(u.text)
    ? easiestEntry(kb, u.text, itRoles(kb), "the IT roles I know")
    : undefined;
}
