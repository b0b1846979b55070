import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "which is better for get job faster after graduate, data analyst or software engineer": a job got sooner is
// the way in weighed (what each asks to enter, openings a year), not the whole comparison.
describe("which of two roles gets a job sooner", () => {
  it("weighs what each asks to enter and its openings", () => {
    for (const q of [
      "which is better for get job faster after graduate, data analyst or software engineer",
      "which gets you a job faster, data analyst or swe",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("about 115,200 openings a year");
      expect(text, q).toContain("No source rates how hard each is to get hired as");
    }
  });

  it("leaves growth asked faster as the comparison", () => {
    expect(answerText("which grows faster, data analyst or swe")).not.toContain("openings a year");
  });
});
