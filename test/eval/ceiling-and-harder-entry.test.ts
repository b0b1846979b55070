import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "whats the ceiling" after a role's pay is the top of its pay (the answer's upper percentiles), never a word
// the knowledge lacks; "which is harder to get into" after two roles is what each asks to enter, as "which
// is easier" is.
const answer = lastAnswerText;

describe("the ceiling of pay just shown", () => {
  it.each([
    [
      "devops salary",
      "whats the ceiling",
      "10th–90th percentile, computer occupations, all other: $55,940 – $188,470",
    ],
    ["mle salary", "how high can it go", "Senior roles: up to $289,000"],
    ["swe vs mle pay", "the max?", "Pay: Software Engineer vs Machine Learning Engineer"],
  ])("%s, then %s", (first, followUp, said) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("has nothing on");
  });

  it("is the ladder's top after a path", () => {
    expect(answer("mle career path", "whats the ceiling")).toContain(
      "Career path for a Machine Learning Engineer",
    );
  });
});

describe("which of two roles is harder to get into", () => {
  it.each([
    [
      "sre vs devops",
      "which is harder to get into",
      "BLS counts Site Reliability Engineer and DevOps Engineer in one occupation",
    ],
    [
      "data scientist vs data analyst",
      "which is harder to break into",
      "Data Analyst (as Data Scientists): typically bachelor's degree",
    ],
  ])("%s, then %s", (first, followUp, said) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("lists no getting-started tips");
  });
});
