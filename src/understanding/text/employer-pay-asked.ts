/*
 * "i have a final round at Northbridge Mutual for a data analyst role. i'm a claims adjuster (6 yrs, 57k).
 * what does Northbridge Mutual pay data analysts?? i don't want to lowball myself": in a message of several
 * sentences, the one sentence that asks what an employer pays a job is the question; the others tell of the
 * asker (the job held, the pay now, the offer) and ask nothing. Read whole, the job held and the roles the
 * story names made it a move, and the employer was lost.
 */

import { sentencesByMarks } from "./sentences.js";

/** Words that lead into a sentence without asking or telling anything: "so what does…", "ok and how much…". */
const leadIn = "(?:(?:so|ok|okay|and|but|also|like|honestly|basically)[,]?\\s+)*";

/**
 * "what does deloitte pay data scientists", "what would Plainsview pay a cloud architect", "how much does
 * Northbridge Mutual pay data analysts": one to three words between the verb and "pay" (the payer), then
 * whom it pays. Not "does it pay", "would that pay", "do they pay", "do i pay": a word pointing back or at
 * a person is no employer.
 */
const employerPays = new RegExp(
  `^${leadIn}(?:what|how much) (?:does|do|would|will|could|might) (?!(?:it|that|this|they|them|he|she|you|u|i|we|people|ppl|most|companies|employers|places)\\b)[\\w&'.-]+(?: [\\w&'.-]+){0,2} pay (?!for\\b|more\\b|less\\b|well\\b|better\\b|enough\\b)\\w`,
  "i",
);

/**
 * What opens a question: a question word, or a verb that asks and whom it asks of ("is it", "should i"). Not
 * a verb alone: "was a chemist for 10 yrs" tells, its "i" left unsaid.
 */
const opensQuestion = new RegExp(
  `^${leadIn}(?:(?:what|whats|what's|which|how|who|where|when|why)\\b|(?:is|are|was|were|do|does|did|can|could|should|would|will)\\s+(?:i|you|u|it|they|we|he|she|there|that|this|my|the)\\b)`,
  "i",
);

/** A sentence that asks: it ends on a question mark, or opens with words that open a question. */
export const asksOfItsOwn = (sentence: string) =>
  /\?\s*$/.test(sentence) || opensQuestion.test(sentence.trim());

/**
 * The sentence of a message that asks what an employer pays a job, where every other sentence only tells
 * (none ends on a question mark or opens with a word that asks). Undefined for a message of one sentence,
 * or with a second question beside it ("what does google pay data analysts? and do they need sql?"), whose
 * reading is the two questions' own.
 */
export function employerPayAskedAmongTold(message: string): string | undefined {
  const sentences = sentencesByMarks(message);
  if (sentences.length < 2) return undefined;
  const asking = sentences.filter((s) => employerPays.test(s.trim()));
  if (asking.length !== 1) return undefined;
  const [sentence] = asking;
  const others = sentences.filter((s) => s !== sentence);
  return sentence && !others.some(asksOfItsOwn) ? sentence.trim() : undefined;
}
