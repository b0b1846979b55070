import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "exp" is chat's "experience" ("how much exp needed"), but before a word of pay it is "expected": "what's
// the exp salary for a data engineer" asks the pay, not the experience the job wants.
describe("'exp' before a word of pay", () => {
  it("asks the pay", () => {
    const answer = lastAnswerText("what's the exp salary for a data engineer");
    expect(answer).toContain("Software Data Engineer pay");
    expect(answer).not.toContain("Experience for");
  });

  // One list of pay words for both rules: "compensation" was "expected" to the rule that drops it and
  // "experience" to the rule before it, so "exp compensation" asked the experience a job wants.
  it("asks the pay before any word of pay the rules know", () => {
    const asks: [string, string][] = [
      ["exp compensation of a cloud architect?", "Cloud Architect"],
      ["data analyst exp compensation", "Data Analyst"],
    ];
    for (const [asked, role] of asks) {
      const answer = lastAnswerText(asked);
      expect(answer, asked).toContain(`${role} pay`);
      expect(answer, asked).not.toContain("Experience for");
    }
  });

  it("still reads 'exp' alone as experience", () => {
    expect(lastAnswerText("how much exp needed for devops engineer")).toContain(
      "Experience for a DevOps Engineer",
    );
  });
});
