import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Found by r90: "dat engineer vs ml engnieer TC?": a word of a role's name typed with a letter left out
// ("dat", "dta" for "data") is too short for any typo allowance, so that side was dropped ("I could not read
// “dat engineer”") and one role's pay answered. Among the name's other words the slip is plain.
describe("a short word of a role's name with a letter left out", () => {
  it("reads both sides of the comparison", () => {
    const text = answerText("dat engineer vs ml engnieer TC?");
    expect(text).toContain("Pay: Software Data Engineer vs Machine Learning Engineer");
    expect(text).not.toContain("could not read");
  });

  it.each([
    ["dta scientist vs data analyst", "Data Scientist vs Data Analyst"],
    ["dat analyst outlook", "Outlook for a Data Analyst"],
  ])("%s", (asked, said) => {
    expect(answerText(asked)).toContain(said);
  });
});
