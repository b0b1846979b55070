import { describe, expect, it } from "vitest";
import { lastAnswerText, thread } from "../support/questions.js";

// Past bug: after a move from back-end developer to engineering manager, "and in sf?" listed each side's pay
// there, where the move leads first; the thread then held the roles in that order and "what would i actually
// need to learn" gave the gap from Engineering Manager to Back-End Developer. Each side's pay leaves the
// thread on the move, its start and its end kept.
describe("a move after each side's pay", () => {
  it.each([
    [
      "im a backend dev w 4 yoe at a fintech. should i move to eng manager or stay ic?",
      "and in sf?",
      "hmm what would i actually need to learn",
      "From Back-End Developer to Engineering Manager",
    ],
    [
      "im a data analyst thinking of moving to data engineer",
      "what about in nyc",
      "what skills would i need",
      "From Data Analyst to Software Data Engineer",
    ],
    [
      "im a frontend dev, want to switch to product manager",
      "how does pay compare in seattle",
      "what do i need to learn",
      "From Front-End Developer to Product Manager",
    ],
  ])("%s / %s / %s → %s", (move, pay, learn, gap) => {
    const [, paid] = thread(move, pay);
    expect(paid?.kind).toBe("answer");
    const text = lastAnswerText(move, pay, learn);
    expect(text).toContain(gap);
    expect(text).toContain("To learn:");
  });
});
