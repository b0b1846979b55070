import { jobNouns, oneOrMany } from "./job-nouns.js";
import { opinionAsked } from "./question-asks.js";
import { wordsPattern } from "./topic-words.js";
import { workLifeAsked } from "./work-life.js";

/*
 * What people weigh jobs by that no source holds a figure or a word on: working life (hours, work-life
 * balance, on-call…) and how the work feels (stressful, fun). A ranking asked by one of these is no
 * ranking by pay or growth.
 */

/** Who the work suits by temperament ("for introverts", "im shy"), as the answer names them, with their words. */
const temperaments: [string, RegExp][] = [
  ["introverts", /\bintro[vw]erts?\b|\bintroverted\b/i],
  ["extroverts", /\bextr[ao]verts?\b|\bextr[ao]verted\b|\bpeople persons?\b/i],
  ["shy people", /\bshy\b|\bsocial(?:ly)? anxi(?:ety|ous)\b/i],
  ["a personality", /\bpersonality\b|\bpersonalities\b|\btemperament\b/i],
];

/** Which temperament a question asks the work to suit ("is IT a good career for introverts"), if any. */
const temperamentAsked = (question: string) => temperaments.find(([, words]) => words.test(question))?.[0];

/**
 * "if you don't want to code", "with the least coding", "without programming": how much of the work is
 * writing code, which no source rates (a role's skills list languages, not how much of the day they take).
 */
const codingAvoided =
  /\b(?:don'?t|do not|doesn'?t|does not|not|no|never|less|little|least|minimal|without|hate|avoid|avoiding)\b(?:\s+\w+){0,4}?\s+(?:code|coding|program|programming)\b/i;

/**
 * "jobs for a non developer", "non-technical roles in tech", "tech jobs for non coders", "i'm not a
 * developer, what tech jobs are there": work for someone who does not code, weighed by how much of it is
 * coding, which no source rates (otherwise: a Software Engineer's duties, or the best paid roles). Not
 * "non-technical skills" (soft skills) nor "a non-tech background" (where the person comes from).
 */
const codingNotDone =
  /\bnon[\s-]?(?:developers?|devs?|coders?|programmers?|techies?)\b|\bnon[\s-]?(?:technical|tech|coding|programming)\s+(?:jobs?|roles?|careers?|positions?|work|people|person|folks?)\b|\b(?:i'?m|i am|am|im)\s+not\s+(?:a|an)\s+(?:developer|dev|coder|programmer|techie|technical person|tech person)\b/i;

/** Whether a question asks for work for someone who does not code ("tech jobs for non coders"). */
export const asksNonCoderWork = (question: string) => codingNotDone.test(question);

/**
 * "someone who hates talking to ppl all day", "i dont like dealing with people", "not a people person": how
 * much of the work is with people, which no source rates.
 */
const peopleAvoided =
  /\b(?:hate|hates|hating|dislike|dislikes|don'?t like|dont like|doesn'?t like|avoid|avoiding|less|little|least|minimal|without|no|not)\b(?:\s+\w+){0,3}?\s+(?:talking|talk|dealing|deal|interacting|interact|working|work|socializing|socialising|speaking)\s+(?:to|with)\s+(?:people|ppl|customers|users|clients|others|humans)\b|\bnot (?:a|much of a) people person\b/i;

/** What a question weighs jobs by that no source measures, in words for the answer; undefined if none. */
export function unmeasuredAsked(question: string): string | undefined {
  const life = workLifeAsked(question);
  if (life.length > 0)
    return life.length === 1 ? life[0] : `${life.slice(0, -1).join(", ")} and ${life.at(-1)}`;
  const opinion = opinionAsked(question);
  if (opinion) return `how ${opinion} the work is`;
  const temperament = temperamentAsked(question);
  if (temperament) return `which work suits ${temperament}`;
  if (peopleAvoided.test(question)) return "how much of the work is talking with people";
  return codingAvoided.test(question) || asksNonCoderWork(question)
    ? "how much of the work is coding"
    : undefined;
}

/** Words that make a question range over roles: "which role", "best IT jobs". */
const overRoles = wordsPattern(oneOrMany([...jobNouns, "field", "occupation", "profession"]));

/** Words that rank: "which", "best", "least". */
const ranks = /\b(which|best|top|most|least|highest|lowest|better|worst)\b/i;

/** Words that narrow jobs by what they ask: "jobs that dont require coding", "roles which need no people skills". */
const narrows =
  /\b(?:that|which|where)\s+(?:don'?t|do not|doesn'?t|does not|need|needs|require|requires|involve|involves)\b/i;

/**
 * Whether a question ranks roles in its words ("which IT role has the best …") or narrows them by what their
 * work asks ("jobs in it that dont require coding") or whom it suits ("tech jobs for non coders"), whatever
 * its intent reads.
 */
export const ranksRolesInWords = (question: string) =>
  overRoles.test(question) && (ranks.test(question) || narrows.test(question) || asksNonCoderWork(question));

/**
 * Whether a question asks what work suits someone's temperament or a dislike of dealing with people ("is IT
 * ok for someone who hates talking to ppl"): a fit no source rates, asked of a field as of its roles.
 */
export const suitsAsked = (question: string) =>
  temperamentAsked(question) !== undefined || peopleAvoided.test(question);
