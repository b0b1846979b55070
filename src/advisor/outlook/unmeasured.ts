import type { KnowledgeBase } from "../../knowledge/base.js";
import { itRoles } from "../../knowledge/it-roles.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer, RankingAnswer } from "../answers.js";
import { alias } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";

/**
 * "which IT role has the best work life balance": roles weighed by what no source measures. Said so, with
 * what the sources do hold for each role, and (asked about IT) the field's roles to read about one by one;
 * never a ranking by pay in its place.
 */
export function unmeasuredAnswer(kb: KnowledgeBase, u: Understanding, criterion: string): Answer {
  const it = u.entities.itField ? itRoles(kb) : [];
  const roles = it.length > 0 ? "IT roles" : "roles";
  const answer = factAnswer(
    u.text,
    `The knowledge base has nothing on ${criterion} for any role, so I cannot rank ${roles} by it.`,
    [
      "What they hold for each role is what the work is, what it pays and how its jobs are projected to grow; ask about those to weigh roles.",
      ...(it.length > 0 ? [`IT's roles, the usual way in first: ${it.map((r) => r.name).join(", ")}.`] : []),
    ],
    [],
    it.length > 0 ? it.slice(0, 3).map((r) => `role ${alias(r)}`) : ["roles", "compare mle swe"],
  );
  // IT's roles listed, in order, for "the first one, whats entry pay" to pick from (else it picks nothing).
  return answer.kind === "answer" && it.length > 0 ? { ...answer, offered: it.map((r) => r.id) } : answer;
}

/** What a ranking ranks by, in words. */
const rankedBy: Record<RankingAnswer["metric"], string> = {
  pay: "pay",
  growth: "projected growth",
  openings: "openings",
  noDegree: "the education needed to enter",
};

/** A ranking by what the sources measure, asked beside what they do not: said first, never silently dropped. */
export function unmeasuredNoted(answer: RankingAnswer, criterion: string | undefined): RankingAnswer {
  if (!criterion) return answer;
  return {
    ...answer,
    notes: [
      `The knowledge base has nothing on ${criterion}, so this ranks by ${rankedBy[answer.metric]} alone.`,
      ...answer.notes,
    ],
  };
}
