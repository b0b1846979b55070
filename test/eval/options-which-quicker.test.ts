import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "which one is quicker to get into" after a move's options was answered with each role's
// getting-started tips, not which one: it asks what each asks to enter, and no source gives a timeline.
describe("which of two roles is quicker to get into", () => {
  it("sets what each asks to enter side by side and says no source gives a timeline", () => {
    for (const [first, next] of [
      ["data analyst to data scientist or data engineer", "which one is quicker to get into"],
      ["data scientist vs data engineer", "which is faster to break into"],
    ] as const) {
      const text = lastAnswerText(first, next);
      expect(text).toContain("by BLS's Employment Projections");
      expect(text).toContain("The sources give no timeline for getting into either.");
      expect(text).not.toContain("Getting started as a");
    }
  });
});
