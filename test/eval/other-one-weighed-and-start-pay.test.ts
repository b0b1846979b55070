import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// left6 #11: "is the other one more stressful" after the first of two roles was asked about answered of the
// other alone, as if "more" set it against nothing; "which one pays best at the start" after a ranking was
// answered with which asks least to enter. The first weighs both roles' work, each unrated; the second is the
// pay the ranked roles start at.
describe("the other one weighed, and pay at the start of roles ranked", () => {
  it("weighs the other one against the one the thread was on", () => {
    const text = lastAnswerText(
      "software engineer vs data scientist",
      "what skills does the first one need",
      "is the other one more stressful",
    );
    expect(text).toContain(
      "no opinion on whether working as a Software Engineer or a Data Scientist is stressful",
    );
  });

  it("leaves the other one asked alone", () => {
    const text = lastAnswerText(
      "software engineer vs data scientist",
      "what skills does the first one need",
      "is the other one stressful",
    );
    expect(text).toContain("no opinion on whether working as a Data Scientist is stressful");
  });

  it("answers the pay at the start of the roles ranked", () => {
    const text = lastAnswerText("what are the highest paying tech roles", "which one pays best at the start");
    expect(text).toContain("Pay: Engineering Manager vs");
    expect(text).toContain("no entry level figure");
    expect(text).not.toContain("asks the least to enter");
  });

  it("leaves which one to start with to the way in", () => {
    const text = lastAnswerText("what are the highest paying tech roles", "which one should i start with");
    expect(text).toContain("to enter");
  });
});
