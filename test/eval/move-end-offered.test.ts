import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Move sweep: after a move's answer, another end offered as a supposition ("what if i went to devops",
// "how about into data science") is the same move from the same start, not the new role alone.
describe("another end offered after a move", () => {
  it("weighs the move from the same start", () => {
    for (const [follow, heading] of [
      ["what if i went to devops", "From Software Engineer to DevOps Engineer"],
      ["how about into data science", "From Software Engineer to Data Scientist"],
      ["what about devops instead", "From Software Engineer to DevOps Engineer"],
    ] as const) {
      const text = lastAnswerText("should i move from swe into pm", follow);
      expect(text).toContain(heading);
      expect(text).toContain("Pay side by side");
    }
  });
});
