import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

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

// r86 too: "does my sql experience count for anything" after a move asked only BLS's experience line.
describe("experience of one kind said to count, after a move", () => {
  it("is what carries over in that move", () => {
    expect(lastAnswerText("da -> ds", "does my sql experience count for anything")).toContain(
      "From Data Analyst to Data Scientist",
    );
  });
});
