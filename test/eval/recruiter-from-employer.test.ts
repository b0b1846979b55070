import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// Found by an unseen check (r92): "recruiter from Kroger pinged me for a sysadmin role, what does comp look
// like there" answered with the recruiters' occupation read beside the role and no word of Kroger. The
// recruiter is a step of being hired; the employer they come from is the one asked of.
describe("a recruiter from an employer, then a question of pay there", () => {
  it.each([
    [
      "recruiter from Kroger pinged me for a sysadmin role, what does comp look like there",
      "No figures for Kroger",
    ],
    [
      "recruiter from acme health reached out for a data analyst job, whats the pay there",
      "No figures for Acme Health",
    ],
    ["a recruiter at wayfair messaged me about a qa role, what do they pay", "No figures for Wayfair"],
  ])("%s", (asked, said) => {
    const text = answerText(asked);
    expect(text).toContain(said);
    expect(text).not.toContain("Human Resources Specialists");
  });

  it("reads no recruiters' occupation beside the role", () => {
    expect(
      understand("recruiter from Kroger pinged me for a sysadmin role, what does comp look like there")
        .entities.uncovered,
    ).toEqual([]);
  });

  it("still reads the recruiters as the job when their pay is asked", () => {
    const text = answerText("how much do recruiters make");
    expect(text).toContain("recruiters");
    expect(text).not.toContain("No figures for");
  });
});

// Same check: "Ramp is hiring a Senior Backend Engineer … what's market for that there" was read as the job
// market; in the trade's words "what's market for" a job is its market rate, its pay. "the market for" stays
// the job market.
describe("what's market for a job", () => {
  it("asks its pay, the employer hiring said first", () => {
    const text = answerText(
      "recruiter msg: >Ramp is hiring a Senior Backend Engineer to scale our payments platform  what's market for that there",
    );
    expect(text).toContain("No figures for Ramp");
    expect(text).toContain("Back-End Developer");
  });

  it("asks pay without an employer too", () => {
    expect(answerText("whats market for a senior backend engineer")).toContain("Back-End Developer pay");
  });

  it("leaves the job market asked with 'the market'", () => {
    expect(answerText("whats the market like for backend devs")).toContain(
      "Outlook for a Back-End Developer",
    );
  });
});
