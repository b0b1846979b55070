import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Unseen check: "currently bartending, what would ml pay" read the job held said in passing as a move's
// start, and the move's pay side showed the ML engineer's official median only, not what the sources say
// the role pays ($133,336). Where the role's pay is asked (no word of moving), its own figures follow the
// median the two sides are set against each other by.
describe("a role's pay asked beside a job held outside tech", () => {
  it("shows the role's own figures in the move's pay", () => {
    for (const asked of [
      "currently bartending, what would ml pay",
      "im a nurse, what would ml pay",
      "bartender here, how much do ml engineers make",
    ]) {
      const text = answerText(asked);
      expect(text, asked).toContain("to Machine Learning Engineer");
      expect(text, asked).toContain("Average salary (market overview): $133,336");
    }
  });

  it("keeps a role with official figures only as it was", () => {
    const text = answerText("barista rn, whats a frontend dev make");
    expect(text).toContain("to Front-End Developer");
    expect(text).toContain("Median annual wage, web developers (US): $92,650");
  });
});
