import { asksScope } from "../words/question-asks.js";
import { threatAsked } from "../words/timing-words.js";
import { asksCertificates } from "../words/topic-words.js";
import { articles } from "./it-at.js";

/*
 * Whole questions about the field judged as a line of work: whether it is worth entering, where it is going.
 */

/**
 * Nouns of a line of work: "is it a good field", "is it a good career path", and of the subject studied for
 * one: "is it still a good major".
 */
const fieldNounList = "field career industry sector path major".split(" ");
const fieldNouns = new Set(fieldNounList);

/** Words that go on to say what a dummy "it" stands for: "is it a good career to become a dba". */
const dummyTails = new Set("become becoming be being as learn learning".split(" "));

/**
 * Whether the words from `at` judge a field or career ("a good field", "a solid career path", "still a good
 * industry") and do not go on to name what is judged.
 */
export function fieldJudged(tokens: string[], at: number): boolean {
  const rest = tokens.slice(at);
  const noun = rest.findIndex((w) => fieldNouns.has(w));
  if (noun < 1 || noun > 4 || !rest.slice(0, noun).some((w) => articles.has(w))) return false;
  return !rest.slice(noun + 1).some((w) => dummyTails.has(w));
}

/**
 * "is IT still a good field to get into", "is IT worth going into", "should i go into IT?": whether the field
 * is worth entering, which is its future (its roles' growth), with the usual way in said beside it. Not
 * "should i get into IT with no degree", which asks a way in.
 */
export const asksFieldWorthEntering = (question: string) =>
  // "is comptia a+ still worth it": a certificate's worth, not the field's.
  !asksCertificates(question) &&
  /\b(?:good|worth|worthwhile|smart|wise)\b[^.?!]*\b(?:get|getting|go|going|break|breaking)\s+into\b|\bstill (?:a |an )?(?:good|viable)\b|\bshould (?:i|we|u|you)\s+(?:really\s+|even\s+)?(?:get|go|break|move)\s+into\s+(?:IT|information technology)\b(?!\s+\w)/i.test(
    question,
  );

/** Words of schooling, weighed as worth it or gone without. */
const schoolingWords =
  /\b(?:degrees?|diplomas?|masters?|bachelors?|associates?|phd|college|uni|university|bootcamps?|courses?|majors?|school)\b/i;

/**
 * "is IT worth it in 2025", "IT field still worth in 2025 or all jobs go to AI now?": the field judged worth
 * it, or not, as a whole; not worth doing something for ("worth learning python for IT", "worth a cert"),
 * which asks of that thing.
 */
const asksFieldWorth = (question: string) =>
  !asksCertificates(question) &&
  // "is a degree in it worth it", "is it worth it w/o a degree": the schooling weighed, not the field.
  !schoolingWords.test(question) &&
  /\b(?:worth(?: it)?|worthwhile)\b(?!\s+(?:\w+ing|to|the|a|an|my|your|doing|for)\b)/i.test(question);

/**
 * "is IT a good field", "is it a decent career path" (no thread, read as the field): the field judged as a
 * line of work, which is whether it is worth entering.
 */
const fieldJudgedAsWork = new RegExp(
  String.raw`\b(?:is|isnt|isn't)\s+it\s+(?:still\s+)?an?\s+(?:\w+\s+){1,2}(?:${fieldNounList.join("|")})\b`,
  "i",
);

/**
 * "is IT a dying field", "will AI replace IT", "or is it saturated": the field's future, in words of decline;
 * "what is the scope of IT for freshers": its prospects, in Indian English.
 */
export const asksFieldFuture = (question: string) =>
  fieldJudgedAsWork.test(question) ||
  /\b(dying|dead|die|future|replace|replaced|replacing|automated|safe|stable|declining|saturated|oversaturated|obsolete|disappearing|(?:going|go) away)\b/i.test(
    question,
  ) ||
  asksScope(question) ||
  asksFieldWorthEntering(question) ||
  asksFieldWorth(question) ||
  // "is IT going away bc of ai": something feared to take the field's work.
  threatAsked(question) !== undefined;
