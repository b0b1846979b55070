import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Comparison } from "../answers.js";
import {
  alias,
  noPayFigure,
  payHeadline,
  roleRef,
  skillId,
  skillLists,
  uniqueCitations,
} from "../parts/answer-parts.js";
import { withArticle } from "../parts/fact-answer.js";
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
    note: `Options from ${from.name}, side by side. Pay starts with ${from.name}'s own, to set each option against. ${newSkills(from, targets)} For what each move takes, pick its skill gap below.`,
    pay: [start, ...compared.pay],
    citations: uniqueCitations([...figures.map((f) => f.citation), ...compared.citations]),
    followups: targets.map((t) => `gap ${alias(from)} to ${alias(t)}`),
  };
}

/**
 * "which is the easier jump": no source rates one move as easier, but the skills the sources list say how
 * much of each option is new from the start: "Of the skills each option's sources list, new to a System
 * Administrator: DevOps Engineer 9 of 9, Site Reliability Engineer 7 of 8."
 */
function newSkills(from: Role, targets: Role[]): string {
  const have = new Set(skillLists(from).flatMap((g) => g.items.map(skillId)));
  const counts = targets.map((to) => {
    const needed = [...new Set(skillLists(to).flatMap((g) => g.items.map(skillId)))];
    return `${to.name} ${needed.filter((s) => !have.has(s)).length} of ${needed.length}`;
  });
  return `Of the skills each option's sources list, new to ${withArticle(from.name)}: ${counts.join(", ")}.`;
}
