import type { Role } from "../../knowledge/core/schema.js";
import { isGuess } from "../shape/understanding.js";
import { comparedOn } from "../words/entity-words.js";
import { jobNouns, plurals } from "../words/job-nouns.js";
import {
  asksBesideWork,
  asksEffort,
  asksHowLong,
  asksMakingIt,
  asksTime,
  asksWhatItTakes,
  effortWords,
} from "../words/question-asks.js";
import { asksLasting } from "../words/timing-words.js";
import { asksWithoutDegree, degreeWords, learnAsked, wordsPattern } from "../words/topic-words.js";
import { asked, type ThreadRule } from "./decision.js";
import { becomingAsked, goingUp, learningAbout, marketGrowthAsked } from "./words.js";

/*
 * Thread rules for the time or effort getting into a role takes: "how long does it take to become a data
 * scientist", "what does it take", "is it hard to become a data architect", "what do i need to become one";
 * and the way on from it asked as a "roadmap".
 */

/**
 * "how long does it take to become a data scientist", "what does it take to become a lead mle", "is it hard
 * to become a data architect": how people get in, not what the role does nor how its jobs grow.
 */
export const effortOfBecoming: ThreadRule = (r) => {
  const effort = asksHowLong(r.text) || asksWhatItTakes(r.text) || asksEffort(r.text);
  const becoming = becomingAsked.test(r.text) || roleLearned(r.text, r.e.roles);
  return r.e.roles.length === 1 && effort && becoming && !asksLasting(r.text) ? "gettingStarted" : undefined;
};

/** A verb of learning and the words after it: "learn swe from scratch", "studying to be a data analyst". */
const roleLearnedWords =
  /\b(?:learn|learning|pick up|picking up|study|studying)\s+(?:to be\s+(?:an?\s+)?)?([a-z][\w+ -]*)/i;

/**
 * "is it hard to learn swe from scratch", "how hard is it to learn data science": a role's work learned, which
 * is becoming one (before: its outlook, or a soft skill's tips). Only the role's own words right after the
 * verb: "learn python for data science" learns a skill.
 */
function roleLearned(text: string, roles: readonly Role[]): boolean {
  const learned = roleLearnedWords.exec(text);
  const after = learned?.[1]?.toLowerCase() ?? "";
  const leads = (name: string) => after === name || after.startsWith(`${name} `);
  return roles.some((role) => [role.name, ...role.aliases].some((n) => leads(n.toLowerCase())));
}

/**
 * "can a 40 yr old make it as a front end dev", "could i hack it in IT without being good at maths": whether
 * one can get into a role or the field, which its way in answers; "make" there earns nothing. Words that ask
 * what to learn ("what skills would i need") keep their own reading.
 */
export const makingItAsked: ThreadRule = (r, d) => {
  const aboutOne = r.e.roles.length === 1 || (r.e.itField && r.jobsNamed === 0);
  const otherAsked = learningAbout.has(d.intent) && !isGuess(r.c);
  return aboutOne && asksMakingIt(r.text) && !otherAsked ? "gettingStarted" : undefined;
};

/**
 * "how long does it take", "what does it take to get there" in a thread about one role: how people get
 * into it, unless the words ask what it needs ("how many years of experience is that"). (After a move, the
 * rules for moves make it the move's.)
 */
export const timeIntoThreadRole: ThreadRule = (r, d) => {
  const intoThreadRole =
    r.jobsNamed === 0 &&
    r.thread.length === 1 &&
    !r.payDetail &&
    !r.asksPay &&
    !r.e.skillKind &&
    // "how long does it take to learn": the time learning takes, which its own rule answers.
    !learnAsked.test(r.text) &&
    // A topic the fragment only repeats ("what certs", then "and how long before im employable") is no
    // reading of its own words.
    (!learningAbout.has(d.intent) || isGuess(r.c) || d.inherited.includes("intent"));
  // "will it still be around in 10 yrs": years ahead of a job lasting, not the time getting in takes.
  const lastingAsked = asksLasting(r.text) && !asksWhatItTakes(r.text);
  return intoThreadRole && !lastingAsked && (asksTime(r.text) || asksWhatItTakes(r.text))
    ? "gettingStarted"
    : undefined;
};

/**
 * "is it doable to study for while working 12 hr shifts" after the way into IT support, "can i become a data
 * analyst while working full time": getting in while holding a job, which the way in answers (saying that no
 * source weighs it), not the role's skills or duties.
 */
export const wayInBesideWork: ThreadRule = (r) =>
  (r.e.roles.length === 1 || (r.jobsNamed === 0 && r.thread.length === 1)) &&
  !r.asksPay &&
  !r.move &&
  asksBesideWork(r.text)
    ? "gettingStarted"
    : undefined;

/**
 * "is it hard to get", "tough to land?": the effort of getting a job as the role, not of doing it. "hard to
 * get promoted out of it" is the effort of going up from it, which its path answers.
 */
const effortToGetIn = new RegExp(String.raw`\bto (?:get(?! (?:${goingUp})\b)|land|break|become)\b`, "i");

/**
 * "is it hard", "how hard is it tho", "is it a difficult job?" said with nothing else: how hard the role is,
 * to get into or to do, which no source rates. Only the pronoun, a word of effort and words that add nothing
 * (r78: "is it hard" after a sysadmin's pay was read as its outlook, job numbers).
 */
const bareEffort = new RegExp(
  String.raw`^(?:(?:is|it|its|it's|how|a|the|this|that|job|role|work|career|really|very|too|so|pretty|super|actually|honestly|tho|though|then|overall|${effortWords})\s+)*(?:${effortWords})(?:\s+(?:is|it|tho|though|then|really|overall|job|role|work|career))*$`,
  "i",
);

/** The words of a fragment, lower case, with its marks dropped: "Is it hard??" is "is it hard". */
const bareWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * "is it hard to get", "tough to land?" in a thread about one role: how people get into it (the sources rate
 * no difficulty, and the answer says so), not its pay nor a question back. So is a bare "is it hard", "how
 * hard is it": the way in is what the answer can give, with the note that no source rates the difficulty.
 */
export const entryEffortOfThreadRole: ThreadRule = (r) =>
  r.jobsNamed === 0 &&
  r.thread.length === 1 &&
  r.e.pronoun &&
  !r.asksPay &&
  !r.move &&
  asksEffort(r.text) &&
  (effortToGetIn.test(r.text) || bareEffort.test(bareWords(r.text)))
    ? "gettingStarted"
    : undefined;

/**
 * "is it beginner friendly", "entry level friendly?", "ok for a beginner?": whether someone new can get in.
 * "entry level" there says who gets in, no pay level.
 */
const newcomerFriendly =
  /\b(?:beginner|newbie|newcomer|noob|junior|entry[- ]level|new grad)s?[- ]?friendly\b|\bfriendly (?:to|for) (?:a |the )?(?:beginners?|newbies?|newcomers?|juniors?|entry[- ]level|new grads?)\b|\bfor (?:a |the )?(?:beginners?|newbies?|freshers?)\b/i;

/** Words of getting in: "can i get in", "break into it", "get hired", "is it doable", "good for someone". */
const gettingIn =
  /\b(?:get|getting|break|breaking) in(?:to)?\b|\b(?:land|hired|doable|possible|realistic)\b|\b(?:good|ok|okay|fine) for\b/i;

/** "what other jobs are beginner friendly": jobs asked for, many of them, not the way into one. */
const jobsAskedFor = wordsPattern(plurals(jobNouns));

/**
 * "ok what about IT support specifically, is it entry level friendly", "can i get in without experience",
 * "good for someone with zero experience?" about one role (the thread's, or one named): how people get into
 * it, never its pay at the entry level nor what experience it asks alone.
 */
export const newcomerIntoOneRole: ThreadRule = (r) =>
  r.oneRole &&
  !r.asksPay &&
  !r.move &&
  !jobsAskedFor.test(r.text) &&
  (newcomerFriendly.test(r.text) || (noExperience.test(r.text) && gettingIn.test(r.text)))
    ? "gettingStarted"
    : undefined;

/** "what do i need", "what is needed", "requirements": what getting in asks of a person, no topic named. */
const needsAsked =
  /\bwhat (?:do|would|will|should|does) (?:i|you|one|we|someone|he|she) need\b|\bwhat(?: is|'s)? needed\b|\brequirements?\b/i;

/** "i have no experience", "without any work experience": getting in from nothing, the way in asked. */
const noExperience =
  /\b(?:no|without|zero|little|not much)(?: any)? (?:prior |work |professional |relevant )?experience\b/i;

/**
 * "what do i need to become a data scientist", "for to be data scientist what i need", "is possible become
 * ML engineer without study in university?": how people get in (and what the sources say of doing it
 * without a degree), when the question names nothing it needs (skills, a degree, experience) that its own
 * rule answers. So is "how to become sre, i have no experience": the way in, from nothing.
 */
export const needsOfBecoming: ThreadRule = (r) => {
  const becoming = becomingAsked.test(r.text) || /\bto be\b/i.test(r.text);
  const needs =
    (needsAsked.test(r.text) || asksWithoutDegree(r.text)) && !r.words.some((w) => comparedOn.has(w));
  return r.e.roles.length === 1 && becoming && (needs || noExperience.test(r.text))
    ? "gettingStarted"
    : undefined;
};

/** Words of experience asked for: "yrs of experience", "work experience", "experience first". */
const experienceAsked = /\b(?:experience|exp|yoe)\b/i;

/** A degree named: "a bachelors", "a cs degree", "masters". */
const degreeNamed = wordsPattern(degreeWords);

/**
 * "can u get straight into it or do u need yrs of experience + a bachelors": experience and a degree asked
 * of one role together are how people get in, whose answer gives both; either alone keeps its own reading.
 */
export const experienceAndDegree: ThreadRule = (r, d) =>
  r.oneRole &&
  !r.asksPay &&
  !r.move &&
  (d.intent === "experience" || d.intent === "education") &&
  experienceAsked.test(r.text) &&
  degreeNamed.test(r.text)
    ? "gettingStarted"
    : undefined;

/** "kindly share the roadmap for devops engineer", "data scientist roadmap": the role's career path. */
export const roadmapOfRole: ThreadRule = (r) =>
  r.e.roles.length === 1 && /\broad ?maps?\b/i.test(r.text) && !r.move ? "path" : undefined;

/** "and to become one?", "how to become it" in a thread about one role: how people get into it. */
export const becomingThreadRole: ThreadRule = (r) =>
  r.oneRole &&
  r.jobsNamed === 0 &&
  /^\W*(?:and |so |ok )?(?:how )?to (?:become|be) (?:one|it|that|this)\W*$/i.test(r.text)
    ? "gettingStarted"
    : undefined;

/**
 * "how do you get there", "how do i become the architect one", "how would i get in", "how does one break in":
 * the way into a role, asked of it. "get in"/"break in" only where nothing follows them but the role or a
 * pronoun ("how do i get in touch" is no way in).
 */
const wayThere =
  /\bhow (?:do|does|would|can|could|should|did) (?:i|you|one|someone|people|u|ppl|ya|we) (?:get there|get to (?:it|that|there)|become (?:one|it|that|the \w+ one)\b|(?:get|break) in(?:\s+(?:there|to (?:it|that|this|one|there)|as (?:an? |one\b)?\w+(?: \w+)?))?\s*[?!.]*\s*$)|\bhow to (?:get there|(?:get|break) in\s*[?!.]*\s*$)/i;

/**
 * "the architect one, how do you get there" after a comparison, "how do you become the architect one": how
 * people get into the one role picked or the thread is on, whatever the pick's words pull toward (what it
 * does). A role it starts from makes it a move, which the rules for moves read.
 */
export const wayIntoOneRole: ThreadRule = (r) =>
  (r.oneRole || noRoleNamed(r)) && wayThere.test(r.text) && !r.e.from && !r.asksPay
    ? asked("gettingStarted")
    : undefined;

/**
 * No role named: the way into each of the thread's roles ("compare frontend and backend", then "how do i get
 * in"), into the thread's occupation, whose figures say how people get in, or, with nothing before to lean
 * on, asked back ("which role do you mean?"). After a move, the rules for moves keep it the move's.
 */
const noRoleNamed = (r: Parameters<ThreadRule>[0]) => r.jobsNamed === 0 && !r.e.itField && !r.e.pronoun;

/** "either", "each", "both", "them": the roles the thread set side by side, each on its own. */
const eachOfThem = /\b(?:either|each|both|them|either one|the two)\b/i;

/**
 * "how long to become either", "how hard is it to get into each" after "data analyst vs data scientist": the
 * way into each role, not a move from the first to the second (no word of moving, nor a start, was said).
 * "how fast are both growing" times their job market, not getting in.
 */
export const becomingEachOfThreadRoles: ThreadRule = (r) =>
  r.jobsNamed === 0 &&
  r.thread.length >= 2 &&
  !r.move &&
  eachOfThem.test(r.text) &&
  (becomingAsked.test(r.text) ||
    ((asksHowLong(r.text) || asksEffort(r.text)) && !marketGrowthAsked(r.text))) &&
  !r.asksPay
    ? asked("gettingStarted")
    : undefined;
