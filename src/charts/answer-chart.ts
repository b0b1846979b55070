import { type Answer, anonymousUser, type RoleRef, type SalaryAnswer } from "../advisor/answers.js";
import { salaryFor } from "../advisor/pay/salary.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { type PayChart, payChart } from "./svg.js";

export type { PayChart };

/** Each compared role's salary answer, as `/career salary <role>` would give it to anyone. */
function salariesOf(kb: KnowledgeBase, roles: RoleRef[]): SalaryAnswer[] {
  return roles
    .map((r) => kb.roleById.get(r.id))
    .filter((r): r is Role => r !== undefined)
    .map((role) => salaryFor(kb, role, {}, anonymousUser));
}

/**
 * The pay chart for an answer that has one: a salary answer, or a comparison of roles (by their salary
 * answers, so the chart shows each role by level and location, not only the headline the comparison
 * prints). Undefined for every other answer, and when there is too little to draw.
 */
export function chartFor(kb: KnowledgeBase, answer: Answer): PayChart | undefined {
  switch (answer.kind) {
    case "both":
      // One picture a message: the first answer's that has one.
      return answer.parts.map((part) => chartFor(kb, part)).find((chart) => chart !== undefined);
    case "salary":
      return payChart([answer]);
    case "compare":
      return payChart(salariesOf(kb, answer.roles));
    case "pay-compare":
      return payChart(
        salariesOf(
          kb,
          answer.roles.map((r) => r.role),
        ),
      );
    default:
      return undefined;
  }
}
