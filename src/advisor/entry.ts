import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { occupationsOf } from "../official/data.js";
import { roleRef } from "./answer-parts.js";
import type { QuestionAnswer } from "./answers.js";
import { roleTopicAnswer, withArticle } from "./role-answers.js";

/*
 * "which one is easiest to get into" after a list of roles: the one whose official occupation asks the
 * least education to enter, by the Employment Projections' typical entry-level education.
 */

/** The Employment Projections' categories of entry education, least first, as BLS orders them. */
const educationOrder = [
  "No formal educational credential",
  "High school diploma or equivalent",
  "Some college, no degree",
  "Postsecondary nondegree award",
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  "Doctoral or professional degree",
];

/** "which one is easiest to get into", "which is quickest to break into": ease of entry, asked. */
export const asksEasiestEntry = (question: string) =>
  /\b(easiest|easier|simplest|quickest)\b/i.test(question) &&
  /\b(get into|get in|break into|enter|start|land|become|begin)\b/i.test(question);

/** A role's typical entry education: its first official occupation's that has one. */
function entryEducation(kb: KnowledgeBase, role: Role): string | undefined {
  return occupationsOf(role, kb.official)
    .map((o) => o.outlook?.education)
    .find((e) => e !== undefined && educationOrder.includes(e));
}

/**
 * Of the roles listed, the one that needs the least education to enter, with how to get started in it
 * and what each of the others needs; undefined where fewer than two have an entry education to compare.
 */
export function easiestEntry(kb: KnowledgeBase, question: string, roles: Role[]): QuestionAnswer | undefined {
  const known = roles
    .map((role) => ({ role, education: entryEducation(kb, role) ?? "" }))
    .filter((r) => r.education !== "")
    .sort((a, b) => educationOrder.indexOf(a.education) - educationOrder.indexOf(b.education));
  const [first, ...others] = known;
  if (!first || others.length === 0) return undefined;
  const start = roleTopicAnswer(kb, question, first.role, "gettingStarted");
  const lower = (e: string) => e.toLowerCase();
  return {
    ...start,
    // The role picked is what the thread's next question is about.
    about: [roleRef(first.role)],
    headline: `Of the roles listed, ${first.role.name} needs the least education to enter: typically ${lower(first.education)} (BLS Employment Projections). Getting started as ${withArticle(first.role.name)}:`,
    facts: [
      ...start.facts,
      `The others typically need: ${others.map((o) => `${o.role.name}, ${lower(o.education)}`).join("; ")}.`,
    ],
  };
}
