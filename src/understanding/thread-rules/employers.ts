import { tokenize } from "../../knowledge/core/text.js";
import { payIntents } from "../intent/intents.js";
import { questionOpeners } from "../text/second-question.js";
import { comparesTwo } from "../words/question-asks.js";
import type { ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";

/*
 * Thread rules of employers: a follow-up naming only employers ("and at like dell or indeed?") asks the
 * thread's pay there; one weighing the thread's employers ("which one is higher for senior") sets their pay
 * side by side. Either way the answer says first which employers it has no figures for.
 */

/**
 * Words a follow-up may put around the employers it names and still ask nothing else: "and at like dell or
 * indeed?", and words setting what was just answered beside them: "how does that compare to meta", "how
 * does it stack up against amazon", "same q but for globex", "what does that look like at google", "at the same level" (the thread's level kept: `carried.ts`),
 * and words asking whether it differs there: "would it be a lot different at like 3M or GE" (r75 #8).
 */
const aroundEmployers: ReadonlySet<string> = new Set([
  ..."xcompany and or vs versus v what about how they at look looks like for with then so ok okay the a an say maybe does do that it this compare compares compared to against stack stacks up same equivalent level would be is lot much very different differ but q question".split(
    " ",
  ),
  // The kind an employer is the example of: "what about at a place like chewy", "somewhere like acme".
  ..."place places somewhere someplace company companies co firm firms employer employers such".split(" "),
]);

/** Words that open a question: after a question's mark, a clause beginning so asks something of its own. */
const opensQuestion = new RegExp(String.raw`^\W*${questionOpeners}`, "i");

/**
 * "those are the big ones here", "they're the main ones": a statement about what was just named, which
 * ends a message typed without the question's mark before it.
 */
const remarkOnNamed = /\b(?:those|these|they|both)(?:\s+(?:are|r)|['’]?re)\b[^?]*$/i;

/**
 * "and at like dell or indeed? those are the big ones here": the words after a question's mark that ask
 * nothing (no mark of their own, no word that opens a question) are a remark on it; so, typed without the
 * mark, is a statement about what was named ending the message. Its tokens, if any.
 */
function remarkAfterQuestion(text: string): string[] {
  const at = text.indexOf("?");
  if (at < 0) return tokenize(remarkOnNamed.exec(text)?.[0] ?? "");
  const rest = text.slice(at + 1);
  return rest.includes("?") || opensQuestion.test(rest) ? [] : tokenize(rest);
}

/** The masked words without a remark after the question, where its words are still there as typed. */
function withoutRemark(masked: readonly string[], text: string): readonly string[] {
  const remark = remarkAfterQuestion(text);
  const tail = masked.slice(masked.length - remark.length);
  return remark.length > 0 && tail.join(" ") === remark.join(" ")
    ? masked.slice(0, masked.length - remark.length)
    : masked;
}

/**
 * "and at like dell or indeed? those are the big ones here" after the pay and growth of two roles: employers
 * named with nothing else asked (a remark after the question aside) ask the thread's pay at them, said first
 * to have no figures where the knowledge has none (otherwise: read as growth, "nothing on dell indeed").
 */
export const payAtEmployersOfThread: ThreadRule = (r, d) =>
  r.thread.length > 0 &&
  r.jobsNamed === 0 &&
  r.e.employers.length > 0 &&
  !payIntents.has(d.intent) &&
  withoutRemark(r.e.masked, r.text).every((w) => w === "" || aroundEmployers.has(w))
    ? r.thread.length > 1
      ? "payCompare"
      : "salary"
    : undefined;

/**
 * "do any of those pay good at a hospital system like cleveland clinic" after a ranking, "what do firms like
 * kirkland pay dbas": pay asked at an employer or a kind of employer, of a role named or the thread's roles,
 * is their pay there, said first to have no figures for it (otherwise: read as the roles' work, the
 * employer dropped). Only where the classifier read no pay and no other job is named.
 */
export const payAskedAtEmployer: ThreadRule = (r, d) => {
  if (!r.asksPay || r.jobsNamed > 1) return undefined;
  if (r.e.employers.length === 0 && r.e.companyKinds.length === 0) return undefined;
  const roles = r.jobsNamed === 1 ? r.e.roles.length : r.thread.length;
  // "does target pay good for tech jobs?" with no role anywhere: an employer's pay, which role asked back
  // (a ranking asked at it, "which jobs pay best at google", stays a ranking), however sure the classifier.
  if (roles === 0) {
    const asked = r.jobsNamed === 0 && r.e.employers.length > 0 && !rankingAsked.test(r.text) && !d.ruled;
    return asked ? (payIntents.has(d.intent) ? d.intent : "salary") : undefined;
  }
  if (payIntents.has(d.intent) || (r.jobsNamed === 1 && r.e.roles.length !== 1)) return undefined;
  return roles > 1 ? "payCompare" : "salary";
};

/** Words of a ranking: "which jobs pay best at google", "highest paying roles at meta". */
const rankingAsked = /\b(?:best|highest|top|most|rank|ranked|ranking)\b/i;

/**
 * "which one is higher for senior" after "mle pay at meta vs amazon" and "and microsoft": after pay at
 * employers, a question weighing one against another that names no job nor employer sets the thread's
 * employers side by side (see `understandingOf`), as "which of the two pays more" does (otherwise: the
 * last employer's pay alone).
 */
export const threadEmployersWeighed: ThreadRule = (r, d) =>
  r.context?.company !== undefined &&
  (r.context.companiesBefore?.length ?? 0) > 0 &&
  r.context.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  r.thread.length === 1 &&
  r.jobsNamed === 0 &&
  r.e.employers.length === 0 &&
  (payIntents.has(d.intent) || r.asksPay || judgedBetter(r)) &&
  d.intent !== "payCompare" &&
  comparesTwo(r.text) &&
  !newLevelNamed(r)
    ? "payCompare"
    : undefined;

/** "better", "worse", "best": a judgement that names nothing to judge by. */
const betterOrWorse = /\b(?:better|best|worse|worst)\b/i;

/** Words that name what else a judgement may be by: work, growth, culture, stress, hours. */
const otherMeasure =
  /\b(?:work|life|balance|wlb|culture|growth|grow|demand|outlook|future|stress|stressful|hours|learning|learn|career|promotion|promotions|stability|stable|remote|benefits|perks|team|teams|interview|interviews|prestige)\b/i;

/**
 * "which one is better for a senior" after the pay of one role at two employers: better said of nothing
 * else is better paid, the thread's question (otherwise: read as a comparison of nothing, the field's trends).
 */
const judgedBetter = (r: ThreadReading) =>
  r.context?.intent !== undefined &&
  payIntents.has(r.context.intent) &&
  betterOrWorse.test(r.text) &&
  !otherMeasure.test(r.text) &&
  !r.lifeAsked;

/**
 * "and the e6 jump, how much more?" after E5 pay at two employers: "more" said of a level other than the
 * thread's weighs the step up a level, not one employer against another.
 */
const newLevelNamed = ({ e, context }: ThreadReading) =>
  (e.unlistedLevel !== undefined && e.unlistedLevel !== context?.unlistedLevel) ||
  (e.level !== undefined && context?.level !== undefined && e.level !== context.level);
