/**
 * "and is it stressful", "how are the hours" after an occupation's figures: the official figures hold
 * nothing on working life, said plainly for the thread's occupation, with what they do hold offered
 * instead. The figures were shown just before, so they are not shown again (a role's answer gives what the
 * role does instead, which an occupation's figures have no text for).
 */
import type { OccupationAnswer, QuestionAnswer } from "../answers.js";
import { listed } from "../parts/answer-parts.js";

export function nothingOnWorkLife(
  answer: OccupationAnswer,
  workLife: string,
  question: string,
): QuestionAnswer {
  const held = [
    answer.pay.length > 0 ? "pay" : undefined,
    answer.outlook.length > 0 ? "job outlook" : undefined,
    answer.entry.length > 0 ? "what it takes to start (education, experience and training)" : undefined,
  ].filter((h): h is string => h !== undefined);
  const offered = held.length
    ? ` What it has for them are the official figures on ${listed(held)}: ask for any of those.`
    : "";
  return {
    kind: "answer",
    question,
    found: true,
    headline: `The knowledge base has nothing on ${workLife} for ${answer.title}.${offered}`,
    facts: [],
    sections: [],
    citations: [],
    occupation: answer.soc,
    unheld: workLife,
    followups: [`salary ${answer.soc}`, `role ${answer.soc}`],
  };
}
