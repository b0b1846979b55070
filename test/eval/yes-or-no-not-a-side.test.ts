import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Found by r90: "is an sdet a real swe or nah" compared the two, then said "I could not read “nah” as a role I
// know": a yes or a no ending the question is the answer asked for, no side of the comparison.
describe("a yes or a no ending a comparison", () => {
  it.each(["is an sdet a real swe or nah", "is an sdet a real swe or not", "sdet vs swe or nah"])(
    "%s",
    (asked) => {
      const text = answerText(asked);
      expect(text).toContain("QA Engineer vs Software Engineer");
      expect(text).not.toContain("could not read");
    },
  );

  it("still says which side it could not read", () => {
    expect(answerText("swe vs blorpt")).toContain("blorpt");
  });
});
