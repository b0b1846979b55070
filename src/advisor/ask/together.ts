/** Answers about several roles put together as one answer. */

import type { Answer, QuestionAnswer } from "../answers.js";
import { factAnswer } from "../parts/fact-answer.js";

/** Answers about several roles as one: each role's headline and facts in turn. */
export function together(question: string, answers: QuestionAnswer[], headline?: string): Answer {
  if (answers.length === 1) return answers[0] as Answer;
  return factAnswer(
    question,
    headline,
    answers.flatMap((a) => [...(a.headline ? [a.headline] : []), ...a.facts]),
    answers.flatMap((a) => a.citations),
    answers[0]?.followups ?? [],
  );
}
