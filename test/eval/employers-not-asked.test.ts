import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Only whoever pays is an employer asked about: not the site a recruiter wrote on ("on linkedin"), nor a
// contraction opening a clause ("theyre recruiting"); before, the answers opened "No figures for Shopify or
// LinkedIn" and "No figures for Walmart or Theyre". A Canadian city is a place abroad.
describe("names that are no employer asked about", () => {
  it("leaves out the site something was said on", () => {
    const text = answerText("what does shopify pay backend devs in ottawa? recruiter pinged me on linkedin");
    expect(text).toContain("No figures for Shopify:");
    expect(text).not.toContain("LinkedIn");
    expect(text).toContain("No figures for Ottawa (outside the US");
  });

  it("leaves out a contraction before a verb of hiring", () => {
    const text = answerText(
      "does walmart global tech pay sres well? theyre recruiting hard in bentonville and half our IT team is tempted",
    );
    expect(text).toContain("No figures for Walmart:");
    expect(text).not.toContain("Theyre");
  });

  it("still reads the employer whose pay is asked", () => {
    expect(answerText("what does linkedin pay data scientists")).toContain("LinkedIn");
  });
});
