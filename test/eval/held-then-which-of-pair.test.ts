import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "devops vs sre" then "i'm a sysadmin, which one is closer": the two roles just set side by side are
// options from the job held (before: a guess at the words, which gave the trends of ML; or, asked as "the
// easier move", the job held taken for a third role to get into).
describe("the job held said first, then which of the pair", () => {
  it("weighs the pair as options from the job held", () => {
    const cases: [string, string, string][] = [
      ["devops vs sre whats the diffrence", "i'm a sysadmin, which one is closer", "System Administrator"],
      ["data scientist vs data engineer", "i am a data analyst. which is the easier move", "Data Analyst"],
      ["frontend vs full stack", "im a qa engineer which one would be smoother", "QA Engineer"],
    ];
    for (const [pair, asked, held] of cases) {
      const text = lastAnswerText(pair, asked);
      expect(text, asked).toContain(`Options from ${held}, side by side`);
      expect(text, asked).not.toContain("ML trends");
    }
  });
});
