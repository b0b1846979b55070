/**
 * "is ml a good career for someone who hates math": no source judges whether a role suits a person, said
 * first; what the role needs, by its sources, follows, for the person to weigh.
 */
import type { Role } from "../../knowledge/core/schema.js";
import { dislikedSubjectFit } from "../../understanding/words/fit-judged.js";
import type { QuestionAnswer } from "../answers.js";
import { withArticle } from "../parts/fact-answer.js";

/** The skills answer with the note on fit first, where the question weighs the role for someone who dislikes a subject. */
export function noFitJudged(question: string, role: Role, answer: QuestionAnswer): QuestionAnswer {
  const disliked = dislikedSubjectFit(question);
  if (!disliked) return answer;
  const note = `No source judges whether the work of ${withArticle(role.name)} suits someone who says “${disliked}”: that turns on you. What the sources say it needs is below.`;
  return { ...answer, facts: [note, ...answer.facts] };
}
