import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { roleRef, uniqueCitations } from "./answer-parts.js";
import type { MoveWeighing, SkillGap, UserContext } from "./answers.js";
import { payComparison, roleTopicAnswer } from "./role-answers.js";
import { skillGap } from "./skills.js";

/** Both roles' pay and outlook, from and to, for someone deciding whether to move. */
export function moveWeighing(kb: KnowledgeBase, from: Role, to: Role): MoveWeighing {
  const pay = payComparison(kb, [from, to]);
  const outlooks = [from, to].map((role) => ({ role, answer: roleTopicAnswer(kb, "", role, "outlook") }));
  return {
    pay,
    outlook: outlooks.map((o) => ({ role: roleRef(o.role), lines: o.answer.facts })),
    citations: uniqueCitations([...pay.citations, ...outlooks.flatMap((o) => o.answer.citations)]),
  };
}

/** "Should I move from SWE into MLE?": pay and outlook side by side, then the skill gap. */
export function weighMove(kb: KnowledgeBase, from: Role, to: Role, user: UserContext): SkillGap {
  return { ...skillGap(kb, from, to, user), weighing: moveWeighing(kb, from, to) };
}
