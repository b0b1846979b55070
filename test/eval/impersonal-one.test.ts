import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: formal English's impersonal "one" ("how does one become a lead ML engineer") was read as a
// topic word and answered with an ML trend that says "one industry"; it is the asker, as "i" is.

describe("the impersonal 'one' is the asker", () => {
  it.each([
    ["how does one become a lead ML engineer", "Getting started as a Lead Machine Learning Engineer:"],
    ["how does one become a data scientist", "How to become a Data Scientist:"],
    ["how can one become a devops engineer", "DevOps Engineer"],
  ])("%s", (q, expected) => {
    const answer = answerText(q);
    expect(answer).toContain(expected);
    expect(answer).not.toContain("ML trends");
  });

  it("leaves 'which one' and 'that one' alone", () => {
    expect(answerText("mle or swe, which one pays more")).toContain("Machine Learning Engineer");
  });
});
