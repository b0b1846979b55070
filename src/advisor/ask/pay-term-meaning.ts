/**
 * "what is ctc", "what does tc mean": what total compensation means, then the closest figures the knowledge
 * holds, which are US ones in US dollars (a CTC is usually asked of an Indian offer, in rupees).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { payTermMeaningAsked } from "../../understanding/words/pay-term-meaning.js";
import type { Answer } from "../answers.js";
import { alias, figureView } from "../parts/answer-parts.js";
import { factAnswer, factLines } from "../parts/fact-answer.js";

const meaning =
  "CTC (cost to company, as job offers in India state pay) and TC both mean total compensation: the whole of what an employer pays for a job in a year, base salary plus bonus, stock, allowances and benefits.";

export function payTermMeaning(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (!payTermMeaningAsked(u.text, u.roles.length > 0)) return undefined;
  const withTotal = kb.knowledge.roles.filter((r) => (r.salary?.totalComp.length ?? 0) > 0);
  const views = withTotal.map((r) => ({
    r,
    figures: (r.salary?.totalComp ?? []).map((f) => figureView(kb, f)),
  }));
  return factAnswer(
    u.text,
    meaning,
    [
      "The closest figures I hold are total compensation, in US dollars for jobs in the US; I have no figures for India or in rupees.",
      ...views.flatMap(({ r, figures }) => [`${r.name} total compensation:`, ...factLines(figures)]),
      "I hold no total-compensation figure for the other roles, only their pay.",
    ],
    views.flatMap(({ figures }) => figures.map((f) => f.citation)),
    withTotal.map((r) => `salary ${alias(r)}`),
  );
}
