import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Found by r90: "new grad swe in HCOL, whats realistic": a band of the cost of living is said of pay, but the
// classifier leaned to how to start and the answer said what a software engineer does. With a role and
// nothing else read surely, it asks the role's pay; another topic asked surely stays.
describe("a cost-of-living band said of a role", () => {
  it.each([
    ["new grad swe in HCOL, whats realistic", "Software Engineer pay"],
    ["new grad swe in a high cost of living city, whats realistic", "Software Engineer pay"],
    ["lcol data analyst, what's normal", "Data Analyst pay"],
  ])("%s", (asked, said) => {
    expect(answerText(asked)).toContain(said);
  });

  it("leaves another topic asked surely", () => {
    expect(answerText("swe outlook in hcol")).toContain("Outlook for a Software Engineer");
  });
});
