import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "is that a lowball?" after an amount weighed asks whether the figure is good, as "is that low?" does.
// Before, "lowball" was read as nothing the knowledge holds, and the role's duties were answered.
describe("'lowball' after an amount weighed", () => {
  it("says what the figures can say of whether it is good", () => {
    for (const follow of ["is that a lowball?", "lowball?"]) {
      const text = lastAnswerText("senior data engineer offer 140k", follow);
      expect(text, follow).toContain("Whether it is good money depends on");
      expect(text, follow).not.toContain("nothing on “lowball”");
    }
  });
});
