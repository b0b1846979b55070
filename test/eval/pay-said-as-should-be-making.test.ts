import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r89): "5 yrs exp in ml what should i be making" gave what an ML engineer does, and "whats the
// 90th percentile for data engineers" the role's duties: both ask pay, in words the classifier seldom sees.
describe("pay asked as what one should be making, or as a percentile", () => {
  it("is the role's pay, the years said to be left aside", () => {
    const text = lastAnswerText("5 yrs exp in ml what should i be making");
    expect(text).toContain("Machine Learning Engineer pay:");
    expect(text).toContain("“5 yrs exp” is left aside");
    expect(text).not.toContain("What a Machine Learning Engineer does");
  });

  it("is the role's pay for a percentile", () => {
    const text = lastAnswerText("whats the 90th percentile for data engineers");
    expect(text).toContain("10th–90th percentile, database architects");
    expect(text).not.toContain("What a Software Data Engineer does");
  });

  it("keeps a move that asks what the end would pay", () => {
    expect(lastAnswerText("im in IT support what could i make as a sysadmin")).toContain(
      "From IT Support Specialist to System Administrator",
    );
  });
});
