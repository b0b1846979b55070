import { asksFieldFuture } from "../it/field-asks.js";
import { isGuess } from "../shape/understanding.js";
import { bracketedAsidesDropped } from "../text/bracketed-aside.js";
import { crowdedByOthers } from "../words/hype-words.js";
import {
  asksListedSkillsHeld,
  asksScreening,
  asksSkillsOrdered,
  asksSkillsRanked,
} from "../words/question-asks.js";
import {
  asksCertificates,
  certificatesOnlyHeld,
  degreeWords,
  learnAsked,
  payPhrase,
  skillsAskedBesideHeldCredential,
  wordsPattern,
} from "../words/topic-words.js";
import { asked, type ThreadRule } from "./decision.js";
import { becomingAsked, gettingInto, goingUp, setsAgainst, sidesWeighed } from "./words.js";

/*
 * Thread rules for what to learn or hold for a role: skills (not the soft kind unless said), certificates,
 * and what to learn next in a thread about a role.
 */

/** Words that make a question about skills one about soft skills. */
const softWords =
  /\b(soft|people|interpersonal|communication|communicate|non-?technical|leadership|behavioral|behavioural|human)\b/i;

/**
 * "skills for both?", "what technical skills…": skills named with no word of the soft kind are the role's
 * skills, whatever the classifier leans to. So are "skills for each?" and the like when the classifier only
 * guesses between the two.
 */
export const skillsNotSoft: ThreadRule = (r, d) => {
  const skillsGuessed = d.intent === "softSkill" || (d.intent === "skills" && isGuess(r.c));
  if (skillsGuessed && /\bskills?\b/i.test(r.text) && !softWords.test(r.text)) return "skills";
  // "ok but what tools would i actually need for ml specifically", "what tools do i need for data science":
  // the tools asked of one role, where the classifier only guesses or leans to soft skills (otherwise: the
  // role's duties, on the guess).
  const toolsGuessed = d.intent === "softSkill" || isGuess(r.c);
  return toolsGuessed &&
    r.e.roles.length === 1 &&
    r.jobsNamed === 1 &&
    toolsAsked.test(r.text) &&
    !softWords.test(r.text)
    ? "tools"
    : undefined;
};

/** "what tools", "which tools would i need": the tools of a role asked for, by the question's own words. */
const toolsAsked = /\b(?:what|which)(?: \w+)? (?:tools|tooling|tech stack|frameworks)\b/i;

/**
 * "its my first week on helpdesk, what skills should i pick up": skills asked by someone already in the one
 * role named, with no word of getting into it, are the role's skills, not how people start.
 */
export const skillsInRoleHeld: ThreadRule = (r, d) =>
  d.intent === "gettingStarted" &&
  r.e.roles.length === 1 &&
  /\bskills?\b/i.test(r.text) &&
  !softWords.test(r.text) &&
  !becomingAsked.test(r.text) &&
  !gettingInto.test(r.text) &&
  !r.asksPay
    ? "skills"
    : undefined;

/**
 * "what certs help", "any certifications?": credentials are a question of education, not of help. Not a
 * choice between roles by someone who says which credential they hold ("cloud or network architect for a
 * guy w/ a CCNP"): the credential is who asks, the choice what is asked.
 */
export const certificatesAsked: ThreadRule = (r, d) =>
  asksCertificates(bracketedAsidesDropped(r.text)) &&
  !r.asksPay &&
  !crowdedByOthers(r.text) &&
  // "leaving network admin for cloud architect. is the gap huge or is it mostly 'get 3 aws certs'": the move.
  !(r.move && sidesWeighed.test(r.text)) &&
  d.intent !== "gap" &&
  !(r.e.roles.length >= 2 && setsAgainst(r.e) && certificatesOnlyHeld(r.text)) &&
  // "got into IT after my a+ … is it a good field to get into": the field judged, the credential only held.
  !(r.e.itField && certificatesOnlyHeld(r.text) && asksFieldFuture(r.text)) &&
  // "what skills do i need for IT nowadays? i got my A+ back in 2009": the skills asked.
  !skillsAskedBesideHeldCredential(r.text)
    ? "education"
    : undefined;

/**
 * Names of degrees and schooling other than a degree: "an mba", "a masters", "a bootcamp"; and schooling
 * itself, said alone as an item of a list of things asked ("pay, outlook, schooling?").
 */
const schoolingNamed = wordsPattern([...degreeWords, "bootcamp", "bootcamps", "schooling"]);

/**
 * "and is an mba useful", "what about a masters" in a thread about one role: a degree weighed for the
 * thread's role is a question of its education, which says what the sources give on it.
 */
export const schoolingOfThreadRole: ThreadRule = (r, d) =>
  r.jobsNamed === 0 &&
  r.thread.length === 1 &&
  schoolingNamed.test(r.text) &&
  !r.asksPay &&
  // "how do i get into it with no degree" asks the way in, degree or not.
  !gettingInto.test(r.text) &&
  !becomingAsked.test(r.text) &&
  d.intent !== "gap"
    ? asked("education")
    : undefined;

/**
 * "which of those matter most?", "which ones should i prioritise" after a role's skills: the same skills,
 * which the answer says no source ranks.
 */
export const listedSkillsRanked: ThreadRule = (r) =>
  (r.context?.intent === "skills" || r.context?.intent === "tools") &&
  r.jobsNamed === 0 &&
  r.threadSubject &&
  !r.asksPay &&
  asksSkillsRanked(r.text)
    ? asked("skills")
    : undefined;

/**
 * "which ones would a swe already have", "which of these does a data analyst already know" after a role's
 * skills: the skills listed weighed against those of the role named, which is the gap from it to the
 * thread's role (what carries over, and what is left to learn).
 */
export const listedSkillsHeldByRole: ThreadRule = (r) => {
  const [named] = r.e.roles;
  const [on] = r.thread;
  const afterSkills = r.context?.intent === "skills" || r.context?.intent === "tools";
  const other = named !== undefined && on !== undefined && named !== on && r.thread.length === 1;
  return afterSkills && other && r.jobsNamed === 1 && asksListedSkillsHeld(r.text) && !r.asksPay
    ? { intent: "gap", asked: true, toRole: on }
    : undefined;
};

/**
 * "what should i learn next", "ok what should i study first" in a thread about a role, which the classifier
 * only guesses at: what the role needs. So is "what skills should i learn to move up", "what to learn to get
 * promoted", whatever the classifier leans to: going up in the role names no role to move to, so it is no
 * gap between two. (After a move, a later rule makes it the move's gap.)
 */
export const learnNextInThread: ThreadRule = (r, d) =>
  r.jobsNamed === 0 &&
  r.thread.length > 0 &&
  (isGuess(r.c) || (d.intent === "gap" && upInRole.test(r.text))) &&
  !d.ruled &&
  learnAsked.test(r.text)
    ? "skills"
    : undefined;

/** Going up where one is: "move up", "get promoted", "level up", "advance", "grow". */
const upInRole = new RegExp(String.raw`\b(?:${goingUp}|go up|grow|growing)\b`, "i");

/**
 * "recruiter here, what skills should i screen for in a security engineer", "as a recruiter, what should i
 * look for in a devops engineer": someone hiring asks what the one role named needs, its skills; the job
 * they hold is who asks, not where a move starts (so this rule comes after those for moves). Pay asked in
 * an everyday phrase ("interviewing for a data scientist L5, whats the band look like") is pay, not skills.
 */
export const skillsScreenedFor: ThreadRule = (r) =>
  // "what should we look for on their resume" after a mid level ML engineer's budget: the thread's one role.
  (r.e.roles.length === 1 || (r.jobsNamed === 0 && r.context?.roles.length === 1)) &&
  asksScreening.test(r.text) &&
  !r.asksPay &&
  !payPhrase.test(r.text) &&
  !gettingInto.test(r.text)
    ? "skills"
    : undefined;

/**
 * "what skills are most in demand for mles", "native or cross platform, what do employers want these
 * days?": what is wanted of one role is its skills, not the market's demand for them.
 */
const wantedOfRole =
  /\bskills?\b.*\b(?:in demand|sought after|wanted)\b|\b(?:employers|companies|recruiters|hiring managers) (?:want|look for|expect|ask for)\b/i;

export const skillsWanted: ThreadRule = (r) => {
  const oneRole = r.e.roles.length === 1 || (r.jobsNamed === 0 && r.thread.length === 1);
  return oneRole && wantedOfRole.test(r.text) && !r.asksPay ? "skills" : undefined;
};

/**
 * "what should he learn first", "what do i study first": what to learn first, asked in so many words, which
 * asks of skills with or without the word (not "should i start with a bootcamp", a way in weighed).
 */
const whatToLearnFirst = /\bwhat\b[^.?!]*\b(?:learn|study)\b[^.?!]*\bfirst\b/i;

/** Two things to learn weighed: "what should i learn first, python or sql" (which the skills answer weighs). */
const choiceOfTwo = /\bfirst\b[,:]?\s*[\w+#.-]+\s+(?:or|vs\.?|versus)\s+[\w+#.-]+/i;

/**
 * "is IT a good field for my son" (IT's roles ranked), then "what should he learn first", or "what should i
 * learn first for IT": what to learn first of several roles the last answer set out, or of the IT field,
 * none named, is the way into them (for IT, its way in, IT support; otherwise which of them is asked back), not a
 * term to define ("learn" read as "machine learning" gave AutoML).
 */
export const learnFirstAmongThreadRoles: ThreadRule = (r) => {
  const several = r.e.itField || r.offered.length >= 2;
  const learnFirst = whatToLearnFirst.test(r.text) && !choiceOfTwo.test(r.text);
  return r.jobsNamed === 0 && several && !r.threadMove && learnFirst && !r.asksPay ? asked("gap") : undefined;
};

/**
 * "which skills should i start on first", "what skills do i learn first" of one role (named, or the
 * thread's): the role's skills in the order to learn them, not how people get in. The skills answer then
 * says what order, if any, the sources give. Not when getting into the role is asked beside it ("to become
 * one"): that is the way in; nor after a move's answer, where it is the move's gap.
 */
export const skillsToLearnFirst: ThreadRule = (r) => {
  const oneRole = r.e.roles.length === 1 || (r.jobsNamed === 0 && r.thread.length === 1);
  // After a move's answer, the skills to learn first are what the move asks of its start: the gap.
  return oneRole &&
    !r.threadMove &&
    (/\bskills?\b/i.test(r.text) || whatToLearnFirst.test(r.text)) &&
    asksSkillsOrdered(r.text) &&
    !softWords.test(r.text) &&
    !becomingAsked.test(r.text) &&
    !gettingInto.test(r.text) &&
    !r.asksPay
    ? asked("skills")
    : undefined;
};
