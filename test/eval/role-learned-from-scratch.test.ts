import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// Found by an unseen round (r86): "is it hard to learn swe from scratch" gave SWE's outlook, and "how hard is
// it to learn data science from scratch" a soft skill's tips. Learning a role's work is becoming one.
describe("a role's work learned, weighed by effort", () => {
  it("is the way into the role, with the note that no source rates the effort", () => {
    const text = answerText("is it hard to learn swe from scratch");
    expect(text).toContain("The sources do not rate how hard it is to become a Software Engineer");
    expect(text).not.toContain("Outlook for");
    expect(understand("how hard is it to learn data science from scratch").intent).toBe("gettingStarted");
  });

  it("leaves a skill learned for a role as the skill's question", () => {
    expect(answerText("is it hard to learn python for data science")).not.toContain("How to become");
  });
});
