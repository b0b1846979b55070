import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Comparison } from "../answers.js";
import { alias, noPayFigure, payHeadline, roleRef, uniqueCitations } from "../parts/answer-parts.js";
import { compareRoles } from "../roles/compare.js";

/**
 * "sre, devops or cloud architect from sysadmin", "sysadmin here. sre or cloud architect?": the roles a move
 * could lead to, compared, with the pay of the role it starts from first under Pay (so the raise each one
 * brings shows, as a single move shows both sides) and the move to each as buttons.
 */
export function optionsFrom(kb: KnowledgeBase, from: Role, targets: Role[]): Comparison {
  const compared = compareRoles(kb, targets);
  const figures = payHeadline(kb, from);
  const start = {
    role: roleRef(from),
    figures,
    ...(figures.length === 0 ? { missing: noPayFigure(from) } : {}),
  };
  return {
    ...compared,
    from: roleRef(from),
    note: `Options from ${from.name}, side by side. Pay starts with ${from.name}'s own, to set each option against. For what each move takes, pick its skill gap below.`,
    pay: [start, ...compared.pay],
    citations: uniqueCitations([...figures.map((f) => f.citation), ...compared.citations]),
    followups: targets.map((t) => `gap ${alias(from)} to ${alias(t)}`),
  };
}
