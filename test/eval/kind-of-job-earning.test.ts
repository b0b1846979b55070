import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// words-f: "whats an engineer make" gave soft skills (Leadership): the classifier's guess at pay was left to
// search. A kind of job named by its head alone, asked what it makes, is a pay question asked back.
describe("what a kind of job makes", () => {
  it.each([
    ["whats an engineer make", "Which engineer do you mean?"],
    ["what does an architect make?", "Which architect do you mean?"],
  ])("%s asks which role, with buttons", (q, prompt) => {
    expect(understand(q).intent).toBe("salary");
    const text = answerText(q);
    expect(text).toContain(prompt);
    expect(text).toContain("career salary");
    expect(text).not.toContain("Soft skills");
  });

  it("leaves a role named or a thread's role as they were", () => {
    expect(answerText("whats a junior ml engineer make")).toContain("Machine Learning Engineer");
    expect(lastAnswerText("what does a devops engineer do", "whats an engineer make")).not.toContain(
      "Soft skills",
    );
  });
});
