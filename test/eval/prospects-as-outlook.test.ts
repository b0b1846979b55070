import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r79): "which has better job prospects" after two roles gave the comparison again, and "what are
// the job prospects like" what an SRE does: a job's prospects are its outlook.
describe("prospects asked of the thread's roles", () => {
  it.each([
    "which has better job prospects",
    "which has better prospects",
    "what are the job prospects like",
  ])("%s", (asked) => {
    const text = lastAnswerText("fullstack or backend", asked);
    expect(text).toContain("Outlook for a Full Stack Developer");
    expect(text).toContain("Outlook for a Back-End Developer");
    expect(text).not.toContain("What they do:");
  });

  it("says which grows faster where the two differ", () => {
    const text = lastAnswerText("sre vs swe", "what are the job prospects like");
    expect(text).toContain("Software Engineer grows faster");
    expect(text).not.toContain("What a Site Reliability Engineer does");
  });
});
