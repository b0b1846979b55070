import { choiceWords } from "../words/contrast-words.js";
import { verbAfter } from "./compound-rules.js";
import { fieldJudged } from "./field-asks.js";
import { copulas, type ItAt } from "./it-at.js";
import { nothingNamedBefore, sayingWords } from "./nothing-named.js";

/*
 * Rules on what is said of "it": judged as a field or career, said to be it, to contain roles or stand for
 * something, to have a scope, or to be dying.
 */

/**
 * "is it a good field", "is it a good career path to get into": with no role for a pronoun, in the thread or
 * named before it ("i want to be a nurse. is it a good field?"), a field or career judged is IT's. Not where
 * the sentence goes on to say what "it" stands for ("is it a good career to become a dba").
 */
export const fieldOrCareerJudged = ({ tokens, i, before, threadHasRole, jobBefore }: ItAt) =>
  !threadHasRole &&
  copulas.has(before) &&
  fieldJudged(tokens, i + 1) &&
  (!jobBefore(i) || (heldBySelf(tokens.slice(0, i)) && enteredAfter(tokens.slice(i + 1))));

/**
 * "i work in retail", "im a cashier", "been doing helpdesk for 6 months": the job named before "it" is the
 * asker's own.
 */
const heldBySelf = (before: readonly string[]) =>
  before.some(
    (t, k) =>
      ((t === "i" || t === "im") && ["work", "working", "a", "an", "in"].includes(before[k + 1] ?? "")) ||
      ((t === "been" || t === "ive") && ["doing", "working", "in"].includes(before[k + 1] ?? "")),
  );

/**
 * "… a good field to get into": a field judged as one to enter. Said after the asker's own job ("i work in
 * retail, is it a good field to get into"), "it" is not that job, which they are in already, but the field.
 */
const enteredAfter = (after: readonly string[]) =>
  after.some(
    (t, k) =>
      t === "into" &&
      ["get", "getting", "go", "going", "break", "breaking", "move", "switch"].includes(after[k - 1] ?? ""),
  );

/**
 * "which is more it", "is either of them it", "it is it?": "it" said as what something is, after "more", of
 * a group, or of "it" itself, ends the question; no pronoun stands there ("is that it?" is left to mean "is
 * that all").
 */
export const saidToBeIt = ({ tokens, i, before, after }: ItAt) =>
  after === "" &&
  (["more", "less", "them", "both"].includes(before) ||
    (before === "is" && tokens[i - 2] === "it") ||
    (before === "it" && ["is", "was", "isnt"].includes(tokens[i - 2] ?? "")));

/** Words that open asking what a thing is: "is a network engineer it", "are dbas it". */
const askingWhetherIs = new Set([...copulas, "are", "arent"]);

/**
 * "is a network engineer it?", "are dbas it", "is a dba it or software": a job named between the question's
 * opening "is" and an "it" that ends it (or opens a choice) asks whether the job counts as the field; no
 * pronoun stands for what the sentence's subject already is ("is that it?" names no job: "is that all").
 */
export const jobAskedToBeIt = ({ tokens, i, after, jobBefore }: ItAt) =>
  askingWhetherIs.has(tokens[0] ?? "") &&
  i >= 2 &&
  (after === "" || choiceWords.has(after)) &&
  jobBefore(i) &&
  !jobBefore(1);

/** Words that end a question asked again of something else: "is that it too", "is sre it as well". */
const asWell = (tokens: readonly string[], at: number) =>
  ((tokens[at] === "too" || tokens[at] === "also") && at === tokens.length - 1) ||
  (tokens[at] === "as" && tokens[at + 1] === "well" && at + 1 === tokens.length - 1);

/**
 * "and infosec analyst, is that it too?", "is sre it as well": "it" said to be what something else is as
 * well, ending the question, is what the question before asked a role to be, the field ("is a network
 * engineer IT?"); "is that it?" alone is left to mean "is that all", and "do i need it too" has no "is".
 */
export const saidToBeItToo = ({ tokens, i }: ItAt) =>
  asWell(tokens, i + 1) && [2, 3, 4].some((k) => tokens[i - k] === "is" || tokens[i - k] === "are");

/** Verbs of containing: "does it include database admins?". */
const containVerbs = new Set("include includes cover covers encompass contain contains".split(" "));

/**
 * "does it include database admins?", "what does it even stand for": with no role in the thread or named
 * before, what contains roles, or is short for something, is the field.
 */
export const containsOrStandsFor = ({ tokens, i, threadHasRole, jobBefore }: ItAt) => {
  const verb = verbAfter(tokens, i + 1);
  return (
    !threadHasRole &&
    (containVerbs.has(verb) || verb === "stand" || verb === "stands") &&
    !jobBefore(i) &&
    // "what is cloud computing, does it include devops?": it is what was named before it.
    nothingNamedBefore(tokens, i, sayingWords)
  );
};

/** "what is the scope of it in us for freshers": with no thread role, the scope of it is the field's prospects. */
export const scopeOfIt = ({ tokens, i, before, threadHasRole }: ItAt) =>
  !threadHasRole && before === "of" && tokens[i - 2] === "scope";

/** Words of a field's decline: "is it dying", "says it is dying", "is it disappearing". */
const declineWords = new Set(
  "dying dead saturated oversaturated declining doomed disappearing obsolete vanishing".split(" "),
);

/** Whether a field's decline is said from `at` on: a word of decline, or "going away" ("is it going away with the cloud"). */
const declineAt = (tokens: readonly string[], at: number) =>
  declineWords.has(tokens[at] ?? "") ||
  ((tokens[at] === "going" || tokens[at] === "gonna") && ["away", "extinct"].includes(tokens[at + 1] ?? ""));

/**
 * "is it dying lol", "<@U123> says it is dying", "is it going away with the cloud": with no role in the
 * thread or named before, what is said to be dying is the field, the only thing a question to a careers
 * advisor can mean by it.
 */
export const saidToDecline = ({ tokens, i, after, threadHasRole, jobBefore }: ItAt) =>
  !threadHasRole &&
  (declineAt(tokens, i + 1) || ((after === "is" || after === "s") && declineAt(tokens, i + 2))) &&
  !jobBefore(i) &&
  // "cobol, is it dead?", "i want to learn kubernetes but is it dying": it is what was named before it.
  nothingNamedBefore(tokens, i, sayingWords);

/**
 * What is said of a field judged for newcomers, or of whether it takes people on, or of how its work is done
 * now ("is it all remote now or do u have to go in": the field's way of working, as "is IT all remote" asks).
 */
const newcomersOrHiring =
  /^(?:still |even |really )?(?:beginner|beginners|newbie|hiring|good for (?:beginners|newbies|freshers|someone new)|(?:all |mostly |fully |mainly )remote)\b/;

/**
 * "is it beginner friendly", "is it good for beginners?", "is it hiring right now": with no role in the
 * thread or named before, a line of work judged for newcomers, or said to be hiring, is the field, as "is it
 * dying" is; in lower case nothing else tells it from the pronoun.
 */
export const judgedForNewcomersOrHiring = ({ tokens, i, before, threadHasRole, jobBefore }: ItAt) =>
  !threadHasRole &&
  copulas.has(before) &&
  newcomersOrHiring.test(tokens.slice(i + 1, i + 5).join(" ")) &&
  !jobBefore(i) &&
  nothingNamedBefore(tokens, i, sayingWords);

/**
 * "is it or nursing better paid", "is it vs accounting more stable": with no role in the thread or named
 * before, "it" set against a job right after it ("or", "vs") is a side of the comparison, the field, as
 * "is IT or nursing better paid" is; a pronoun there would be "is it X or Y". Not "is it or isn't it",
 * where no job follows.
 */
export const setAgainstJob = ({ i, after, threadHasRole, jobBefore, jobAfter }: ItAt) =>
  !threadHasRole && choiceWords.has(after) && !jobBefore(i) && jobAfter(i + 2);
