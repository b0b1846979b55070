import { choiceWords, versusWords } from "../words/contrast-words.js";
import { moveWords } from "../words/entity-words.js";
import { jobNouns, oneOrMany } from "../words/job-nouns.js";
import { asksJobsListed } from "../words/question-asks.js";
import { payNouns } from "../words/topic-words.js";
import { nearlyIn } from "./field-compounds.js";
import { copulas, type ItAt } from "./it-at.js";
import { nothingNamedBefore } from "./nothing-named.js";

/*
 * Rules on where "it" stands: after "in", "into", "of", "from", "to", "between", "vs", or a verb of studying,
 * entering or leaving ("jobs in it", "director of it", "from it to devops", "study it").
 */

/** Words before "in it" / "into it" that make the "it" the field: "jobs in it", "a career in it". */
const fieldHolders = new Set([
  ...oneOrMany(jobNouns),
  ..."work working opening openings people professionals future living".split(" "),
  // "a degree in it", "masters in it": a subject studied is the field.
  ..."degree degrees diploma course courses major masters bachelors".split(" "),
  ...payNouns,
]);

/** Verbs of getting in: "break into it", "get into it", "should i go into it". */
const entryVerbs = new Set(["break", "breaking", "get", "getting", "go", "going"]);

/**
 * Verbs of changing line of work: "switching to it", "moving into it", "switched to it", and the past of a
 * move others made ("anyone here moved into it in their 40s?").
 */
const switchVerbs = new Set([...moveWords, "switched", "moved", "transitioned", "pivoted"]);

/** Verbs of studying: "should i study it or computer science". */
const studyVerbs = new Set(["study", "studying", "major", "majoring"]);

/** Words after the start of a move that say where it leads: "from it to devops". */
const leadsOn = new Set(["to", "into", "towards"]);

/** Verbs of counting a thing as something: "considered it", "counts as it", "classed as it". */
const countingVerbs = new Set("considered count counts counted classed classified".split(" "));

/** Whether the "it" at `i` is what a thing is counted as or asked to be part of: "is it part of it". */
function countedAs(tokens: string[], i: number): boolean {
  const before = tokens[i - 1] ?? "";
  const twoBefore = tokens[i - 2] ?? "";
  // "is devops considered it", "is it considered it"; not "i considered it", where "it" is what was weighed.
  if (before === "considered") return tokens.slice(0, i - 1).some((w) => copulas.has(w) || w === "are");
  if (before === "as") return countingVerbs.has(twoBefore);
  // "is it part of it", "are dbas part of it": asked whether a thing is; "the toughest part of it" is the
  // thread's role.
  const asksWhether = copulas.has(tokens[0] ?? "") || tokens[0] === "are";
  return asksWhether && before === "of" && twoBefore === "part";
}

/** Titles that "of it" completes: "director of it", "head of it". */
const ofHolders = new Set(["director", "head", "vp", "manager", "chief"]);

/** "director of it", "head of it": a title that "of it" completes. */
export const titleOfIt = ({ tokens, i, before }: ItAt) =>
  before === "of" && ofHolders.has(tokens[i - 2] ?? "");

/**
 * "is it considered it", "is it part of it", "does that count as it": what a thing is counted as or part of
 * is the field, whatever the thread; the thread's role is what the question asks it of.
 */
export const countedAsIt = ({ tokens, i }: ItAt) => countedAs(tokens, i);

/** "jobs in it", "a career in it", "a degree in it": with no thread role for a pronoun, what is held in the field. */
export const heldInIt = ({ tokens, i, before, threadHasRole }: ItAt) =>
  !threadHasRole && (before === "in" || before === "into") && fieldHolders.has(tokens[i - 2] ?? "");

/**
 * "what else is there in it", "what other jobs are there in it" after a sysadmin's work: which jobs there are
 * "in it", the "it" ending the question, is the field even in a thread about a role, since jobs are held in a
 * field, not in one role (read as the pronoun, every role the knowledge covers was listed).
 */
export const jobsListedInIt = ({ raw, tokens, i, before }: ItAt) =>
  before === "in" && i === tokens.length - 1 && asksJobsListed(raw);

/** Words of time a question may end with after what it asks of: "layoffs in it rn", "jobs in it right now". */
const endingTimeWords = new Set(
  "rn now right currently lately nowadays today these days this year anymore".split(" "),
);

/**
 * "what certs should i get for it", "tell me abt it", "a lot of layoffs in it rn": with no thread role for a
 * pronoun, "it" ending the question, or only a word of time after it, is the field.
 */
export const endingQuestion = ({ tokens, i, before, threadHasRole }: ItAt) =>
  !threadHasRole &&
  (before === "for" || before === "in" || before === "about") &&
  tokens.slice(i + 1).every((w) => endingTimeWords.has(w));

/** "how do i break into it with no degree": with no thread role for a pronoun, getting in is into the field. */
export const enteredInto = ({ tokens, i, before, threadHasRole }: ItAt) =>
  !threadHasRole && before === "into" && entryVerbs.has(tokens[i - 2] ?? "");

/**
 * "thinking of switching to it, is it worth it", "should i study it or computer science": with no thread
 * role for a pronoun, a line of work changed to, or a subject weighed against another, is the field.
 */
export const switchedToOrStudied = ({ tokens, i, before, after, threadHasRole }: ItAt) =>
  !threadHasRole &&
  (((before === "to" || before === "into") && switchVerbs.has(tokens[i - 2] ?? "")) ||
    (studyVerbs.has(before) && choiceWords.has(after)));

/**
 * "it vs software dev", "it or data science?", "from it to devops": with no thread role for a pronoun, "it"
 * opening a comparison or a choice, or starting a move to somewhere named, is one of its sides, the field.
 */
export const sideOfChoiceOrMove = ({ before, after, threadHasRole }: ItAt) =>
  !threadHasRole && ((before === "" && choiceWords.has(after)) || (before === "from" && leadsOn.has(after)));

/** Verbs of going that take no object, so that an "it" after them is no pronoun: "going it to cloud". */
const goingVerbs = new Set(["go", "going"]);

/**
 * "it to security, realistic?", "thinking about going it to cloud": with no thread role for a pronoun, "it"
 * opening the question or after a verb of going, right before "to" and a job or a field's word ("cloud",
 * "security"), is where a move starts, the field.
 */
export const movedOutOf = ({ i, before, after, threadHasRole, jobAfter, fieldAt }: ItAt) =>
  !threadHasRole &&
  (before === "" || goingVerbs.has(before)) &&
  leadsOn.has(after) &&
  (fieldAt(i + 2) || jobAfter(i + 2));

/**
 * "my son wants to study it", "i might be leaving it for nursing": a subject studied or a line of work
 * left, with nothing named before it that a pronoun could stand for, is the field. Not "i like python,
 * should i study it", where it is python.
 */
export const studiedOrLeft = ({ tokens, i, before, after, threadHasRole }: ItAt) =>
  !threadHasRole &&
  nothingNamedBefore(tokens, i - 1) &&
  (studyVerbs.has(before) || (leaveVerbs.has(before) && (after === "for" || after === "to")));

/** Verbs of leaving a line of work: "leaving it for nursing". */
const leaveVerbs = new Set("leave leaving left quit quitting".split(" "));

/**
 * Words before "in it" that say someone is or works there: "my gf is in it", "been in it 12 years", "could i
 * hack it in it".
 */
const beingIn = new Set(
  "is am im are was were been be being work works working worked started starting stay stayed staying it".split(
    " ",
  ),
);

/**
 * "my gf is in it and makes 70k", "been in it 12 years, want out", "could i hack it in it without maths":
 * with no role in the thread or named before, someone being or working in it is in the field.
 */
export const someoneInIt = ({ tokens, i, before, threadHasRole, jobBefore }: ItAt) =>
  !threadHasRole && before === "in" && beingIn.has(tokens[i - 2] ?? "") && !jobBefore(i);

/** "between", or one letter off it ("betwen"). */
const betweenWord = new Set(["between"]);

/**
 * "what's the difference between it and computer science": with no role in the thread or named before, one
 * side of a difference set between two is the field.
 */
export const betweenItAnd = ({ before, after, threadHasRole, jobBefore, i }: ItAt) =>
  !threadHasRole && nearlyIn(betweenWord, before) && after === "and" && !jobBefore(i);

/**
 * "nurse to it worth it?", "from data analyst to it": with no role in the thread, where a move from a job or
 * from somewhere leads is the field. Not "a nurse used to it", where no move is said.
 */
export const movedTo = ({ tokens, i, before, threadHasRole, jobBefore }: ItAt) =>
  !threadHasRole &&
  (before === "to" || before === "into") &&
  (tokens.slice(0, i - 1).includes("from") || (jobBefore(i - 1) && !jobBefore(i - 2)));

/**
 * "how hard is it to go from it to this": a move from "it" to the thread's role ("this", "that") starts
 * elsewhere, in the field, whatever the thread.
 */
export const fromItToThread = ({ tokens, i, before, after }: ItAt) =>
  before === "from" && leadsOn.has(after) && ["this", "that", "there"].includes(tokens[i + 2] ?? "");

/** "vs it?" after a software engineer's pay: no pronoun is set against its own thread's role. */
export const afterVersus = ({ before }: ItAt) => versusWords.has(before);

/** A service one leaves for a line of work: "the army", "the military", "my service". */
const services = new Set(
  "army military navy marines airforce service enlistment contract deployment".split(" "),
);

/**
 * "thinking about it after the army", "want to do it after my service": with no thread role for a pronoun,
 * what one turns to after leaving a service is a line of work, the field.
 */
export const afterService = ({ tokens, i, after, threadHasRole }: ItAt) => {
  const next = ["the", "my"].includes(tokens[i + 2] ?? "") ? tokens[i + 3] : tokens[i + 2];
  return !threadHasRole && after === "after" && services.has(next ?? "");
};
