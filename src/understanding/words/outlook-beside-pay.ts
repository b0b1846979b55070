/*
 * "otr trucker 12 yrs, decent money (~70k) but never home. … what's the outlook for truck drivers with self
 * driving trucks coming?", "i make 49k in sacramento. … what is the actual outlook for bookkeepers?": the
 * pay told of in a sentence that asks nothing is who the asker is; the sentence that asks names the outlook,
 * which is what is asked. Read as the amount weighed, the outlook was lost.
 */
import { asksOfItsOwn } from "../text/employer-pay-asked.js";
import { sentencesByMarks } from "../text/sentences.js";
import { judgedWords } from "./pay-stated.js";
import { statesPay } from "./question-asks.js";

/** Words of a job's outlook asked by name: "the outlook", "job outlook", "its future", "the job market". */
const outlookNamed = /\b(?:outlook|future|prospects|job market)\b/i;

/** Words of pay, which a sentence asking the outlook may ask beside it ("pay and outlook"). */
const payNamed = /\b(?:pay|pays|paid|salary|salaries|wage|wages|make|makes|earn|earns|income|comp|money)\b/i;

/**
 * Whether a message asks a job's outlook by name, in a sentence that asks and names no pay, while every
 * amount of pay it states stands in a sentence that only tells, and no question judges it ("i was offered
 * 80k. is that good? what's the outlook for data analysts?" asks both).
 */
export function outlookAskedBesidePayTold(text: string): boolean {
  const sentences = sentencesByMarks(text);
  const asking = sentences.filter(asksOfItsOwn);
  const outlookAsked = asking.some((s) => outlookNamed.test(s) && !payNamed.test(s) && !statesPay(s));
  const payTold = sentences.some((s) => statesPay(s) && !asksOfItsOwn(s));
  const judged = asking.some((s) => !outlookNamed.test(s) && judgedWords.test(s));
  return outlookAsked && payTold && !asking.some(statesPay) && !judged;
}
