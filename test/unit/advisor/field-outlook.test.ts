import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../../support/questions.js";

// "is ai going to kill cloud jobs" answered the ML market's figures: "cloud jobs" named no role. A field's
// jobs (a word several roles' names share) stand for its roles: no source measures what AI may take of
// their work, said first, then each one's outlook, Cloud Architect first.
describe("the outlook of a field's jobs", () => {
  it("says no source measures AI's effect, then the cloud roles' outlooks", () => {
    const text = answerText("is ai going to kill cloud jobs");
    expect(text).toContain(
      "No source measures how much of a Cloud Architect's or a Big Data Cloud Engineer's",
    );
    expect(text.indexOf("Outlook for a Cloud Architect")).toBeGreaterThan(-1);
    expect(text.indexOf("Outlook for a Cloud Architect")).toBeLessThan(
      text.indexOf("Outlook for a Big Data Cloud Engineer"),
    );
    expect(text).not.toContain("Growth in ML engineer job postings");
  });

  it("gives the security roles' outlooks when security jobs are asked to be in demand", () => {
    const text = answerText("are security jobs in demand");
    expect(text).toContain("Outlook for a Security Engineer");
    expect(text).toContain("Outlook for an Information Security Analyst");
  });

  it("answers the fear after a role's pay, not a ranking of the field by pay", () => {
    const text = lastAnswerText("sre salary", "is ai going to kill cloud jobs");
    expect(text).toContain("AI may take over");
    expect(text).not.toContain("Best paid roles");
  });
});
