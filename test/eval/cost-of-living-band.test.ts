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

  // left6 #5: the figures given are no band's, which is said first.
  it.each([
    ["data analyst pay in a hcol city", "Data Analyst pay"],
    ["swe salary lcol", "Software Engineer pay"],
    ["is 120k good for swe in a hcol area", "where $120,000 a year stands"],
    ["swe vs data scientist pay in lcol", "Pay: Software Engineer vs Data Scientist"],
  ])("says no figures are held by band: %s", (asked, said) => {
    const text = answerText(asked);
    expect(text).toContain("No figures by cost of living");
    expect(text).toContain(said);
  });

  it("says nothing of bands where none is named", () => {
    expect(answerText("swe salary")).not.toContain("cost of living");
  });
});
