import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "ml or ai which is better" gave the ML trends. Both names read as Machine Learning Engineer
// here, so no comparison of the two can be made: said so, and which other role whose work is AI to set it
// against is asked, with a button each.
describe("ml set against ai", () => {
  it.each([
    "ml or ai which is better",
    "ai or ml, which pays more",
    "is ml better than ai",
    "AI vs machine learning careers",
  ])("%s", (asked) => {
    const text = lastAnswerText(asked);
    expect(text).toContain("“ML” and “AI” both read as Machine Learning Engineer here");
    expect(text).toContain("compare mle data scientist");
    expect(text).not.toContain("ML trends ›");
  });

  it("leaves ml set against another field's role to the comparison", () => {
    expect(lastAnswerText("ml or data science which is better")).toContain(
      "Machine Learning Engineer vs Data Scientist",
    );
  });
});
