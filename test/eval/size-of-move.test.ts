import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "is it a big jump" after a move: how far apart its sides are, which its gap shows (before: "big" was
// read as growth, and the answer was both roles' outlook).
describe("how big a step a move is", () => {
  it("is the move's gap", () => {
    const cases: [string, string, string][] = [
      [
        "im a qa engineer want to go sre",
        "is it a big jump",
        "From QA Engineer to Site Reliability Engineer",
      ],
      ["data analyst to data scientist?", "how big of a leap is that", "From Data Analyst to Data Scientist"],
    ];
    for (const [move, asked, heading] of cases) {
      const text = lastAnswerText(move, asked);
      expect(text, asked).toContain(heading);
      expect(text, asked).toContain("To learn:");
      expect(text, asked).not.toContain("grows faster");
    }
  });

  it("leaves a pay jump to pay", () => {
    expect(lastAnswerText("swe to mle", "is it a big pay jump")).toContain(
      "Pay: Machine Learning Engineer vs",
    );
  });
});
