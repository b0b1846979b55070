import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Unseen check: "has everything turned into prompt engineering" was declined as a role lookup ("I don't cover
// Prompt Engineers yet"): the job named is what the whole field is said to turn into, a trend asked, whose
// answer is the knowledge's trends; a role named so is its outlook.
describe("the whole field said to turn into one job", () => {
  it("answers the trends, or the role's outlook", () => {
    for (const asked of [
      "has everything turned into prompt engineering",
      "is everything turning into prompt engineering",
    ]) {
      const text = answerText(asked);
      expect(text, asked).toContain("trends shaping ML engineering");
      expect(text, asked).not.toContain("I don't cover");
    }
    for (const asked of ["has everything turned into devops", "is it all devops now"])
      expect(answerText(asked), asked).toContain("Outlook for a DevOps Engineer");
  });

  it("still declines the job asked about itself", () => {
    expect(answerText("is prompt engineering a real job")).toContain("I don't cover Prompt Engineers yet");
  });
});

describe("a tool said to be all there is", () => {
  it("asks the role's tools, not its outlook", () => {
    const text = answerText("which tools do ml people use day to day, is it all pytorch now?");
    expect(text).toContain("Tools and frameworks a Machine Learning Engineer uses");
    expect(text).not.toContain("Outlook for");
  });
});
