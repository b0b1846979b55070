/** "is IT support a good first job": a role weighed as a first job is also weighed by how easy it is to get in. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Answer } from "../answers.js";
import { uniqueCitations } from "../parts/answer-parts.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";

/** Words that ask about a role as someone's first job. */
const firstJob = /\b(first|starter|starting|entry[- ]level) (tech |it )?(job|role|gig|position)\b/i;

/** The answer with the role's entry education after it, where the question asks of the role as a first job. */
export function withEntryForFirstJob(kb: KnowledgeBase, q: string, role: Role, answer: Answer): Answer {
  if (answer.kind !== "answer" || !firstJob.test(q)) return answer;
  const education = roleTopicAnswer(kb, q, role, "education");
  const shown = new Set(answer.facts);
  const more = education.facts.filter((l) => !shown.has(l));
  if (more.length === 0) return answer;
  return {
    ...answer,
    facts: [...answer.facts, "As a first job, what it takes to get in:", ...more],
    citations: uniqueCitations([...answer.citations, ...education.citations]),
  };
}
