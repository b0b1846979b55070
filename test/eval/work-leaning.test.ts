import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "is it business or technical?" after a product manager's duties answered its outlook: which
// of two kinds of work a role is, which no source weighs, said first, then what the work is.
const cases: [string, string, string][] = [
  [
    "what does a product manager do",
    "is it business or technical?",
    "The sources do not weigh whether working as a Product Manager is more business or technical.",
  ],
  [
    "what does a data engineer do",
    "is it more technical or people focused?",
    "The sources do not weigh whether working as a Software Data Engineer is more technical or people focused.",
  ],
];

describe("which kind of work a role is", () => {
  it.each(cases)("%s → %s", (first, asked, said) => {
    const text = lastAnswerText(first, asked);
    expect(text).toContain(said);
    expect(text).toContain("does:");
    expect(text).not.toContain("outlook");
  });
});
