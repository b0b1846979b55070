import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "what skills are most in demand for mles" got the ML market's figures, and "what do employers
// want these days?" of mobile developers got their duties. What is wanted of one role is its skills.

describe("skills wanted of one role", () => {
  it("are the role's skills", () => {
    for (const [q, role] of [
      ["fair enough. what skills are most in demand for mles", "Machine Learning Engineer"],
      ["what skills are in demand for data engineers", "Software Data Engineer"],
      ["mobile dev: native or cross platform, what do employers want these days?", "Mobile Developer"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(`Skills for a ${role}`);
      expect(text, q).not.toContain("World Economic Forum");
    }
  });

  it("leave the demand for a field or a role its market or outlook", () => {
    expect(answerText("are ml skills in demand")).toContain("World Economic Forum");
    expect(answerText("are data engineers in demand")).not.toContain("Skills for a");
  });
});
