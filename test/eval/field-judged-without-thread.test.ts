import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Sweep (issue 21, class 1): "is it a good field" with no thread has no role for a pronoun: the field judged
// is IT's, answered with its roles' growth; a sentence that goes on to name what it judges, or a thread
// about a role, keeps "it" for that role. IT's jobs or growth asked in a US place rank IT's roles and say
// the place is not used, never the ML market.
const answer = lastAnswerText;

describe("a field judged with no thread", () => {
  it.each([
    "is it a good field",
    "is it a good career path",
    "is it a good industry to get into",
    "is IT a good field",
  ])("%s ranks IT's roles by growth", (q) => {
    const text = answer(q);
    expect(text).toContain("Fastest growing IT roles");
    expect(text).not.toContain("Which role do you mean?");
  });

  it("keeps 'it' for the role named after it, or the thread's", () => {
    expect(answer("is it a good career to become a dba")).toContain("Outlook for a Database Administrator");
    expect(answer("what does a dba do", "is it a good career")).toContain(
      "Outlook for a Database Administrator",
    );
  });
});

describe("IT's jobs in a US place", () => {
  it("ranks IT's roles and says the place is not used, never the ML market", () => {
    const jobs = answer("it jobs in seattle");
    expect(jobs).toContain("Best paid IT roles");
    expect(jobs).toContain("National figures: rankings are not by place, so Seattle, WA is not used.");
    expect(jobs).not.toContain("Demand for ML engineers");
    const growth = answer("are IT jobs in demand in chicago");
    expect(growth).toContain("Fastest growing IT roles");
    expect(growth).toContain("Illinois (Chicago) is not used");
  });
});
