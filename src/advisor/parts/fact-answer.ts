import { citationText } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Citation, FigureView, QuestionAnswer } from "../answers.js";
import { alias, uniqueCitations } from "./answer-parts.js";

// The advisor's answers say a role with its article as every other part does (knowledge/core/text.ts).
export { withArticle } from "../../knowledge/core/text.js";

/** A found answer: a headline, fact lines, and their sources. */
export function factAnswer(
  question: string,
  headline: string | undefined,
  facts: string[],
  citations: Citation[],
  followups: string[],
): QuestionAnswer {
  return {
    kind: "answer",
    question,
    found: true,
    ...(headline ? { headline } : {}),
    facts,
    sections: [],
    citations: uniqueCitations(citations),
    followups,
  };
}

/** Each figure as one fact line: its label, value and source. */
export function factLines(figures: FigureView[]): string[] {
  return figures.map(
    (f) => `${f.label}: ${f.value} (${citationText(f.citation)}${f.baseOnly ? "; base pay only" : ""})`,
  );
}

/** Commands that make a natural next step after a question about one role. */
export function roleFollowups(role: Role, about: "pay" | "other" = "other"): string[] {
  const name = alias(role);
  return [about === "pay" ? `role ${name}` : `salary ${name}`, `skills ${name}`, `path ${name}`];
}
