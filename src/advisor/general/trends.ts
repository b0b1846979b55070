import type { KnowledgeBase } from "../../knowledge/base.js";
import { cite } from "../../knowledge/core/figure-text.js";
import type { TrendsAnswer } from "../answers.js";
import { figureView, uniqueCitations } from "../parts/answer-parts.js";

export function trends(kb: KnowledgeBase): TrendsAnswer {
  const { trends: t, market } = kb.knowledge;
  const figures = market.figures.map((f) => figureView(kb, f));
  return {
    kind: "trends",
    trends: t.trends,
    figures,
    adoption: market.adoption,
    citations: uniqueCitations([cite(kb.sources, t.source, t.asOf), ...figures.map((f) => f.citation)]),
    followups: ["ask what are the best practices for deploying models", "digest subscribe", "salary mle"],
  };
}
