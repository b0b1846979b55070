import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "total comp for a senior mle": the sources give a role's total compensation as a whole, not by level or
// place. Its figures, then that said, with the base pay at the level or place asked; a role with no total
// compensation says so and gives its pay.
const cases: [string, string[]][] = [
  [
    "total comp for a senior mle",
    [
      "Average total compensation: $202,331",
      "not at senior level; base pay there:",
      "Machine Learning Engineer, Senior level: $177,177 – $184,000",
    ],
  ],
  ["mle total compensation in seattle", ["$202,331", "not in Seattle, WA", "Seattle, WA: $173,517"]],
  ["machine learning engineer total compensation", ["Average total compensation: $202,331"]],
  [
    "senior swe total compensation in seattle",
    ["The knowledge base has no total-compensation figure for Software Engineer", "$135,980"],
  ],
];

describe("total compensation at a level or place", () => {
  it.each(cases)("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    for (const s of said) expect(text).toContain(s);
  });

  it("says nothing of levels where none was asked", () => {
    expect(lastAnswerText("machine learning engineer total compensation")).not.toContain("base pay there");
  });
});
