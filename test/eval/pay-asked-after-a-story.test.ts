import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// A role's pay asked at the end of a message that first tells a story is the role's pay (before, the story's
// words, "doing", "on call", led to the role's duties). Pay at "some random mid size company" is pay at no
// employer in particular: the thread's employer is dropped and "mid" is no level.
describe("pay asked after a story, and at no employer in particular", () => {
  it("answers the role's pay, not its duties", () => {
    const support = answerText(
      "been doing help desk for years, resetting passwords every monday. what does IT support actually pay?",
    );
    expect(support).toContain("IT Support Specialist pay:");
    const sre = answerText(
      "my brother is an sre and complains about on call like im not a 911 dispatcher doing 12s lol. whats the median pay for a site reliability engineer",
    );
    expect(sre).toContain("Site Reliability Engineer pay:");
    expect(sre).not.toContain("What a Site Reliability Engineer does");
  });

  it("drops the thread's employer for some random company and reads no level from its size", () => {
    const text = lastAnswerText("ml at meta pay?", "vs ml at some random mid size company in denver");
    expect(text).toContain("No figures for Denver");
    expect(text).not.toContain("at Meta");
    expect(text).not.toContain("mid level");
  });
});
