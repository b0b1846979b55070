import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { answerText, thread } from "../support/questions.js";

// Questions about the field rather than one role: its trends, all of them or the one picked, and the job
// market, the ML market's figures for an ML role or none, a role's own outlook otherwise.
const last = (answers: Answer[]) => renderText(answers.at(-1) as Answer);

describe("the trends, all of them or one", () => {
  it("lists every trend for a general question, whatever words of time it uses", () => {
    for (const q of [
      "what are the biggest trends in ml right now",
      "whats trending in ml these days",
      "any trends i should know about in 2025",
    ]) {
      const out = answerText(q);
      expect(out, q).toContain("The 9 trends shaping ML engineering");
      expect(out, q).toContain("Cloud and edge AI");
    }
  });

  it("gives the one trend a reply picks from the list", () => {
    const [, edge] = thread("what are the biggest trends in ml right now", "explain the edge one");
    expect(renderText(edge as Answer)).toContain("ML trends › Cloud and edge AI");
    expect(renderText(edge as Answer)).not.toContain("The 9 trends");
    expect(answerText("tell me about edge ml")).toContain("ML trends › Cloud and edge AI");
  });
});

describe("the job market for one role", () => {
  it("gives the role's own outlook, not the ML market, for a role that is no ML role", () => {
    for (const answers of [
      thread("how's the IT job market rn", "and for data analysts?"),
      thread("whats the job market like for data analysts"),
    ]) {
      const out = last(answers);
      expect(out).toContain("Outlook for a Data Analyst");
      expect(out).toContain("Projected employment change, data scientists, 2024–34: 33.5%");
      expect(out).not.toMatch(/ML engineer job postings|machine learning market|Average ML engineer salary/);
    }
  });

  it("keeps the ML market for an ML role and for no role", () => {
    expect(answerText("whats the job market like for ml engineers")).toContain("ML engineer job postings");
    expect(answerText("how's the job market")).toContain("ML engineer job postings");
  });
});
