import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { QuestionAnswer } from "../answers.js";
import { alias, relatedRolesOf, roleCitations } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";

/*
 * "related roles to cloud architect", "similar roles?" after a question about a role: the roles its file
 * lists as related, each with what it is, never every role the knowledge has.
 */

/** A summary's first sentence: enough to tell the related roles apart in a list. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();

/**
 * The roles a role's file lists as related, each with the first sentence of what it does; the comparison
 * with each as buttons, and the roles offered so that a reply can weigh them ("which of those pays best").
 */
export function relatedRolesAnswer(kb: KnowledgeBase, question: string, role: Role): QuestionAnswer {
  const related = relatedRolesOf(kb, role);
  if (related.length === 0)
    return factAnswer(
      question,
      `The knowledge base lists no roles related to ${role.name}.`,
      [],
      roleCitations(kb, role),
      ["roles", `path ${alias(role)}`],
    );
  return {
    ...factAnswer(
      question,
      `Roles related to ${role.name}:`,
      related.map((r) => `${r.name}: ${firstSentence(r.summary)}`),
      roleCitations(kb, role),
      related.slice(0, 3).map((r) => `compare ${alias(role)} ${alias(r)}`),
    ),
    offered: related.map((r) => r.id),
  };
}
