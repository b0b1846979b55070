import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// After a move's answer, another role weighed as a move ("a better jump", "an easier switch") is the move
// from the same start into it, as "should i move from data analyst to ml engineer" reads.
describe("another end weighed after a move", () => {
  it("is the move from the thread's start into it", () => {
    const text = lastAnswerText(
      "im a data analyst, thinking about moving into data science",
      "would ml engineer be a better jump tbh",
    );
    expect(text).toContain("From Data Analyst to Machine Learning Engineer");
    expect(text).toContain("Pay side by side");
    expect(text).toContain("Outlook side by side");
    expect(text).not.toContain("ML trends");
  });

  it("reads an easier switch the same way", () => {
    const text = lastAnswerText("sysadmin here, thinking about devops", "hmm would sre be an easier switch");
    expect(text).toContain("From System Administrator to Site Reliability Engineer");
  });
});
