import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// Whether a job or field is hype, a fad or a bubble, or here to stay, is asked as whether it lasts: its
// outlook, never its duties ("is it all hype" read as how much of the work is hype).
describe("a job doubted as hype", () => {
  it("answers the outlook, saying the sources measure jobs, not hype", () => {
    for (const [q, heading] of [
      ["is ml actually growing or is it all hype", "Outlook for a Machine Learning Engineer"],
      ["is ai overhyped", "Outlook for a Machine Learning Engineer"],
      ["is data science overhyped or is it real", "Outlook for a Data Scientist"],
      ["is devops just a fad", "Outlook for a DevOps Engineer"],
      ["is cybersecurity a bubble", "Outlook for an Information Security Analyst"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(heading);
      expect(text, q).toContain("not hype");
      expect(text, q).not.toContain("nothing on “hype”");
    }
  });

  it("reads 'here to stay' as the outlook, with no line on hype", () => {
    const text = answerText("is data engineering here to stay");
    expect(text).toContain("Outlook for a Software Data Engineer");
    expect(text).not.toContain("not hype");
  });

  it("leaves the asker's own excitement alone", () => {
    expect(understand("im so hyped to start as a data analyst").intent).toBe("gettingStarted");
  });
});
