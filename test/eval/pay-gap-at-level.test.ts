import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "is the gap bigger at senior" right after two roles' pay side by side: the same comparison at that level,
// never an outlook nor one role's salary section (whose "gap" is another one).
describe("the pay gap asked again at a level", () => {
  it("sets the two roles' pay side by side at the level", () => {
    for (const followUp of ["is the gap bigger at senior", "does the gap grow at senior"]) {
      const text = lastAnswerText("does ml pay more than data science", followUp);
      expect(text).toMatch(/^Pay: Machine Learning Engineer vs Data Scientist/);
      expect(text).toContain("Senior level: $177,177 – $184,000");
      expect(text).not.toContain("gender pay gap");
    }
  });
});
