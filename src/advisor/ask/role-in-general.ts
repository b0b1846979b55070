/**
 * "what does a data analyst do at Target", "day to day of an sre at netflix": the sources describe a role's
 * work in general, never at one employer, so the duties are said to be the role's in general before they
 * are given (otherwise: Target's missing pay figures, for a question of duties).
 */
import type { Role } from "../../knowledge/core/schema.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { orList } from "../parts/answer-parts.js";
import { withArticle } from "../parts/fact-answer.js";

/** The duties answer with a first line saying they are the role's in general, not at the employer named; as it was if none is. */
export function withRoleInGeneral(u: Pick<Understanding, "entities">, role: Role, duties: Answer): Answer {
  const named = [...new Set([...u.entities.employers, ...u.entities.companyKinds])];
  if (named.length === 0 || duties.kind !== "answer") return duties;
  const note = `The knowledge describes the work of ${withArticle(role.name)} in general, not at ${orList(named)} in particular.`;
  return { ...duties, headline: `${note} ${duties.headline ?? ""}`.trim() };
}
