import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "is it a good way into tech" after a role's pay: what it takes to get into that role (before: a guess at
// its outlook, asked back which topic).
describe("the thread's role judged as a way in", () => {
  it("is the way into it", () => {
    const text = lastAnswerText("whats IT support pay like", "is it a good way into tech");
    expect(text).toContain("Getting started as an IT Support Specialist");
    expect(text).not.toContain("Pick what you want to know");
    expect(lastAnswerText("qa engineer salary", "is it a good entry point")).toContain(
      "Getting started as a QA Engineer",
    );
  });

  it("leaves a good way to make money to pay", () => {
    expect(lastAnswerText("swe salary", "is that a good way to make money")).toContain(
      "Software Engineer pay",
    );
  });
});
