import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "would amazon be above the median tho? whats the median even" after an employer's pay was asked: the median
// is the role's pay (before: the role's career path, or a refusal), said to have no per-company figures first.
describe("the median asked after an employer's pay", () => {
  it("gives the role's pay, the employer's missing figures said first", () => {
    const cases: [string, string, string][] = [
      [
        "does google pay software engineers well",
        "would google be above the median? what is the median anyway",
        "No figures for Google",
      ],
      [
        "does ibm pay security analysts well",
        "whats the median",
        "Median annual wage, information security analysts (US)",
      ],
      ["does amazon pay data analysts well", "is amazon above or below the median", "No figures for Amazon"],
    ];
    for (const [first, then, said] of cases) {
      const text = lastAnswerText(first, then);
      expect(text, then).toContain(said);
      expect(text, then).toContain("Median annual wage");
      expect(text, then).not.toContain("Career path for");
    }
  });
});
