import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Move sweep: "sec" and "sci" typed in a title ("sec eng", "data sci") are the words of security and
// science, as "eng" and "dev" are; outside a title they stay as typed ("give me a sec").
describe("short title words in a move", () => {
  it("reads 'sec eng' and 'data sci' as the roles they shorten", () => {
    expect(answerText("sec eng to sre")).toContain("From Security Engineer to Site Reliability Engineer");
    expect(answerText("should i go from data sci to mle")).toContain(
      "From Data Scientist to Machine Learning Engineer",
    );
  });

  it("leaves 'sec' alone outside a title", () => {
    expect(answerText("give me a sec, what does an sre make")).toContain("Site Reliability Engineer pay");
  });
});
