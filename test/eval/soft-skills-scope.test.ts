import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "what soft skills does an em need" listed the ML engineers' soft skills under the Engineering
// Manager heading, as if said of managers.

describe("the general soft skills list", () => {
  it("is said to be the ML engineers' for another role", () => {
    const text = answerText("what soft skills does an em need");
    expect(text).toContain("Soft skills for an Engineering Manager");
    expect(text).toContain(
      "The soft skills the sources give machine learning engineers, not said of Engineering Manager:",
    );
  });

  it("stands as it is for an ML engineer", () => {
    const text = answerText("soft skills for an mle");
    expect(text).toContain("Effective communication");
    expect(text).not.toContain("not said of");
  });
});
