import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// 'Recruiter: "Senior SRE, 175k base" — is that good??': a hiring person's label before a pasted line is who
// spoke, as "the recruiter said" is. Before, the recruiter was read as the job asked about, and Human
// Resources Specialists' figures were answered with the SRE set beside them.
describe("a hiring person's label before a pasted line", () => {
  it("weighs the amount for the role the line names", () => {
    for (const q of [
      'Recruiter: "Senior SRE, 175k base" — is that good??',
      "> hiring manager: senior sre, 175k base. good?",
    ]) {
      const text = lastAnswerText(q);
      expect(text, q).toContain("Site Reliability Engineer pay: where $175,000 a year stands");
      expect(text, q).not.toContain("Human Resources Specialists");
    }
  });

  it("leaves a recruiter's own pay asked with a colon alone", () => {
    expect(lastAnswerText("recruiter: salary?")).not.toContain("Site Reliability Engineer");
  });
});
