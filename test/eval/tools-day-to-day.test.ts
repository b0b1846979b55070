import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// words-f: "what tools do ml people actually use day to day" gave the MLE's duties: "day to day" won over
// "tools". The tools asked for, used day to day, are the tools answer; the day to day alone stays the duties.
describe("tools asked with 'day to day'", () => {
  it("answers the tools", () => {
    const q = "what tools do ml people actually use day to day";
    expect(understand(q).intent).toBe("tools");
    expect(answerText(q)).toContain("Tools and frameworks a Machine Learning Engineer uses");
  });

  it("answers the thread role's tools too", () => {
    expect(understand("whats the day to day tech stack for a devops engineer").intent).toBe("tools");
    expect(lastAnswerText("what does an sre do", "what tools do they use day to day")).toContain(
      "Site Reliability Engineer",
    );
  });

  it("keeps the day to day alone as the duties", () => {
    expect(answerText("what does a data analyst do day to day")).toContain("What a Data Analyst does:");
  });
});
