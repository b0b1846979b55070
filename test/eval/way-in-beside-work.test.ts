import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Getting into a role while holding a job is its way in, said first that no source weighs study beside work
// (before, "is it doable to study for while working 12 hr shifts" after the way into IT support gave its
// skills, and "can i become a data analyst while working full time" its duties).
describe("getting in while working", () => {
  const nothingHeld = "The knowledge base holds nothing on studying alongside a job or shift work";

  it("answers the thread's way in, saying nothing weighs study beside a job", () => {
    for (const q of [
      "is it doable to study for while working 12 hr shifts",
      "can i study for it while working full time",
    ]) {
      const text = lastAnswerText("how do i get into IT support", q);
      expect(text, q).toContain(nothingHeld);
      expect(text, q).toContain("A high school diploma with relevant IT certifications");
    }
  });

  it("answers the way into a role named in the same message", () => {
    const text = answerText("can i become a data analyst while working full time");
    expect(text).toContain(nothingHeld);
    expect(text).toContain("Getting started as a Data Analyst");
  });
});
