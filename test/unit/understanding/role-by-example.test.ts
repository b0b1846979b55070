import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "what about the really senior ml roles, like distinguished" after an ML engineer's pay listed every role:
// the example named after a kind of role described is the role asked, with the thread's question.
describe("a kind of role, then one example of it", () => {
  it.each([
    [
      "what about the really senior ml roles, like distinguished",
      "Distinguished Machine Learning Engineer pay:",
    ],
    ["what about the really senior ml roles, like lead", "Lead Machine Learning Engineer pay:"],
    ["what about the senior ones like lead ml engineer", "Lead Machine Learning Engineer pay:"],
  ])("%s", (asked, heading) => {
    const text = lastAnswerText("what does an ml engineer make", asked);
    expect(text).toContain(heading);
    expect(text).not.toContain("Roles I know");
  });

  it("keeps the thread's question", () => {
    expect(
      lastAnswerText("whats the career path for an mle", "and the top ones, such as distinguished?"),
    ).toContain("Career path for a Distinguished Machine Learning Engineer");
  });
});
