import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "is data or ml more future proof" weighed MLE alone: "data" names too many roles to set side
// by side with it. It is asked back, as "sde or ml" is, each data role set against the one named.
const cases: [string, string][] = [
  ["is data or ml more future proof", "compare mle data scientist"],
  ["data or ml salary", "compare mle data analyst"],
  ["ml or data, which pays more", "compare mle data architect"],
];

describe("a field of many roles set against a role", () => {
  it.each(cases)("%s", (asked, button) => {
    const text = lastAnswerText(asked);
    expect(text).toContain('"data" could mean more than one role: Data Analyst');
    expect(text).toContain(button);
  });
});

// "is cloud or ml more future proof" read "ml" as no role (the field's word leaned to trends): a field's short
// name set across "or" from another side is one side of a comparison of roles.
describe("a field's short name set against a field", () => {
  it.each(["is cloud or ml more future proof", "is ml or cloud more future proof"])("%s", (asked) => {
    const text = lastAnswerText(asked);
    expect(text).toContain("Machine Learning Engineer");
    expect(text).toContain("Cloud Architect");
  });
});
