import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// r39 probe: "and with a masters?" after a role's pay was read as the role's schooling; said with "with"
// after pay, a degree asks the pay of someone who holds it.

describe("a degree said with 'with' after pay", () => {
  it.each([
    ["data scientist salary", "with a masters?", "Data Scientist pay:"],
    ["data scientist salary", "what about with a phd", "Data Scientist pay:"],
    ["machine learning engineer salary", "and with a masters?", "Machine Learning Engineer pay:"],
  ])("%s → %s", (first, followUp, expected) => {
    expect(lastAnswerText(first, followUp)).toContain(expected);
  });

  it("keeps a degree weighed without 'with' a question of schooling", () => {
    expect(lastAnswerText("data scientist salary", "do i need a masters?")).toContain(
      "Education for a Data Scientist",
    );
  });
});
