import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen check (r91): "should i switch to cybersecurity analyst? everyone says you can't get in
// without experience …" answered only with the analysts' experience. What others say it takes is the asker's
// worry; the move asked is weighed (both sides, then the gap, which says what the target asks to enter).
describe("a move asked beside what others say it takes", () => {
  it("weighs the move", () => {
    const text = lastAnswerText(
      "it support specialist here. should i switch to cybersecurity analyst? everyone says you cant get in without experience",
    );
    expect(text).toContain("From IT Support Specialist to Information Security Analyst");
  });
});
