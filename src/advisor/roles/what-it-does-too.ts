/**
 * "cloud architect, what is it and what does it pay": two questions of one role in one message, answered
 * both, what the role does first and its pay after, as a section of its own with the pay answer's lines.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { uniqueCitations } from "../parts/answer-parts.js";
import { roleTopicAnswer } from "./role-topic-answer.js";

/** The pay answer of a question that also asked what the role does, with what it does before it. */
export function whatItDoesSaid(kb: KnowledgeBase, answer: Answer, u: Understanding): Answer {
  const [role] = u.roles;
  if (!u.whatItDoesToo || !role || answer.kind !== "answer" || !answer.found) return answer;
  const duties = roleTopicAnswer(kb, u.text, role, "responsibilities");
  // The pay answer's own heading ("Cloud Architect pay:") titles its section.
  const title = (answer.headline ?? `${role.name} pay`).replace(/:$/, "");
  return {
    ...answer,
    headline: duties.headline,
    facts: duties.facts,
    sections: [{ title, lines: answer.facts }, ...answer.sections],
    citations: uniqueCitations([...duties.citations, ...answer.citations]),
  };
}
