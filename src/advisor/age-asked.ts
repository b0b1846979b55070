/**
 * "retail worker, 32, is it too late to go into IT", "too old to switch?": the knowledge holds nothing on
 * age, which a move's or a role's answer says first rather than passing over it.
 */
import type { Answer } from "./answers.js";

/** An age said or weighed: "too old", "at my age", "im 35", "32," set apart, "at 40", "a 40 yr old". */
const ageWeighed =
  /\b(too old|my age|this age|older (?:people|workers|career changers)|age(?:d|ism)?)\b|\b(?:i'?m|i am|at|turning|aged?)\s+(?:[2-6]\d)\b(?!\s*(?:hours?|hrs?|k\b|%|percent|mins?|minutes|days?|weeks?|months?|dollars|an hour|per))|(?:^|,\s*)[2-6]\d\s*(?:,|yo\b|y\/o\b|years old\b)|\b[2-6]\d[- ]?(?:yrs?|years?)[- ]olds?\b/i;

const noAge = "The knowledge holds nothing on age, so this answer leaves it aside.";

/** The answer with a word first that the knowledge holds nothing on age, where the question weighs one. */
export function ageSaid(answer: Answer, question: string): Answer {
  if (!ageWeighed.test(question)) return answer;
  if (answer.kind === "gap") return { ...answer, note: answer.note ? `${noAge} ${answer.note}` : noAge };
  if (answer.kind === "answer") return { ...answer, facts: [noAge, ...answer.facts] };
  return answer;
}
