import { tokenize } from "../../knowledge/core/text.js";
import {
  afterArticle,
  compoundAfterDo,
  compoundAsSubject,
  compoundBeforeJobHead,
  compoundContrasted,
  compoundDoneByPerson,
  compoundJudged,
  compoundThenArticle,
  compoundWithoutPronounLead,
  earningOfThreadRole,
  helpDeskAfter,
  sideOfWorkplace,
} from "./compound-rules.js";
import { type ItAt, type ItRule, type JobsAround, noJobsAround } from "./it-at.js";
import {
  afterService,
  afterVersus,
  betweenItAnd,
  countedAsIt,
  endingQuestion,
  enteredInto,
  fromItToThread,
  heldInIt,
  jobsListedInIt,
  movedOutOf,
  movedTo,
  sideOfChoiceOrMove,
  someoneInIt,
  studiedOrLeft,
  switchedToOrStudied,
  titleOfIt,
} from "./position-rules.js";
import {
  containsOrStandsFor,
  fieldOrCareerJudged,
  jobAskedToBeIt,
  judgedForNewcomersOrHiring,
  saidToBeIt,
  saidToBeItToo,
  saidToDecline,
  scopeOfIt,
  setAgainstJob,
} from "./said-of-it-rules.js";

/**
 * "IT" the field (information technology) against "it" the pronoun. Lower case loses the difference, so it
 * is read from the case the person typed and from the words around it: "whats IT support pay", "it manager
 * salary" and "best paid jobs in it" name the field; "does it support python?" and "how much does it pay?"
 * lean on the thread.
 *
 * The rules live by kind: on "it" before a word of the field (compound-rules.ts), on where "it" stands
 * (position-rules.ts), on what is said of it (said-of-it-rules.ts); whole questions about the field judged are
 * in field-asks.ts.
 */

/** "it" as a word of its own, in any case: the n-th one is the n-th token "it" of the question. */
const itWord = /(?<![\p{L}\p{N}'’])it(?![\p{L}\p{N}'’])/giu;

/** Whether the person typed "IT" in capitals in a question that is not all capitals. */
function capitalised(raw: string, occurrence: number): boolean {
  if (!/[a-z]/.test(raw)) return false;
  const found = [...raw.matchAll(itWord)][occurrence];
  return found?.[0] === "IT";
}

/** "whats IT support pay": what the person typed in capitals is the field. */
const typedInCapitals = ({ raw, occurrence }: ItAt) => capitalised(raw, occurrence);

/** The rules on one "it" in the order they apply: the first that applies says what it is; none, the pronoun. */
const itRules: readonly ItRule[] = [
  [typedInCapitals, true],
  [earningOfThreadRole, false],
  [afterArticle, true],
  [helpDeskAfter, true],
  [sideOfWorkplace, true],
  [compoundWithoutPronounLead, true],
  [compoundAfterDo, true],
  [compoundDoneByPerson, true],
  [compoundAsSubject, true],
  [compoundBeforeJobHead, true],
  [compoundContrasted, true],
  [compoundThenArticle, true],
  [compoundJudged, true],
  [titleOfIt, true],
  [countedAsIt, true],
  [heldInIt, true],
  [jobsListedInIt, true],
  [endingQuestion, true],
  [fieldOrCareerJudged, true],
  [enteredInto, true],
  [switchedToOrStudied, true],
  [sideOfChoiceOrMove, true],
  [movedOutOf, true],
  [studiedOrLeft, true],
  [afterService, true],
  [someoneInIt, true],
  [betweenItAnd, true],
  [movedTo, true],
  [fromItToThread, true],
  [afterVersus, true],
  [saidToBeIt, true],
  [saidToBeItToo, true],
  [jobAskedToBeIt, true],
  [containsOrStandsFor, true],
  [scopeOfIt, true],
  [saidToDecline, true],
  [judgedForNewcomersOrHiring, true],
  [setAgainstJob, true],
];

/**
 * The positions of `tokens` (the question's words as tokenized from `raw`) where "it" is the field.
 * `threadHasRole`: in a thread about a role, a lower-case "in it" at the end is that role, not the field.
 * `jobs`: whether a job stands before a position, held in the thread as an occupation or named in the
 * question ("i love data science. is it a good field?"), which a pronoun "it" there can stand for; and
 * whether the words from a position on name one ("or nursing …"). Asked only where that decides.
 */
export function itFieldPositions(
  raw: string,
  tokens: string[],
  threadHasRole: boolean,
  jobs: JobsAround = noJobsAround,
): Set<number> {
  const jobBefore = (at: number) => jobs.occupationHeld || jobs.namesJob(tokens.slice(0, at));
  const jobAfter = (at: number) => jobs.namesJob(tokens.slice(at));
  const fieldAt = (at: number) => jobs.namesField(tokens[at] ?? "");
  const positions = new Set<number>();
  let occurrence = -1;
  tokens.forEach((token, i) => {
    if (token !== "it") return;
    occurrence++;
    const at: ItAt = {
      raw,
      tokens,
      i,
      occurrence,
      before: tokens[i - 1] ?? "",
      after: tokens[i + 1] ?? "",
      threadHasRole,
      jobBefore,
      jobAfter,
      fieldAt,
    };
    if (itRules.find(([applies]) => applies(at))?.[1]) positions.add(i);
  });
  return positions;
}

/**
 * The question in lower case with each "it" that is the field written "IT": "is that an it job" becomes "is
 * that an IT job", "is that it?" stays as it is. A pattern that asks for capital "IT" then finds the field
 * as this file reads it, never the pronoun, with the jobs around each "it" read as the pipeline reads them.
 */
export function fieldWrittenIT(raw: string, threadHasRole: boolean, jobs: JobsAround = noJobsAround): string {
  const tokens = tokenize(raw);
  const field = itFieldPositions(raw, tokens, threadHasRole, jobs);
  const isField = tokens.flatMap((t, i) => (t === "it" ? [field.has(i)] : []));
  let occurrence = -1;
  return raw.toLowerCase().replace(itWord, (it) => {
    occurrence++;
    return isField[occurrence] ? "IT" : it;
  });
}
