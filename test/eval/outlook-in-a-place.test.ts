import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "is ml hiring in denver": the outlook is national and no live postings are seen; said first, so the
// national projections are not taken for Denver's.
describe("an outlook asked of a place", () => {
  it("says there are no figures for the place before the national outlook", () => {
    const text = answerText("is ml hiring in denver");
    expect(text).toContain("No figures for Denver");
    expect(text).toContain("no live job postings");
    expect(text).toContain("Outlook for a Machine Learning Engineer");
    expect(answerText("are data scientists in demand in seattle")).toContain("No figures for Seattle, WA");
  });

  it("says nothing of places where none was asked", () => {
    expect(answerText("is ml hiring")).not.toContain("No figures for");
  });
});
