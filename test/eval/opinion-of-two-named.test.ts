import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "which is more stressful, sre or swe" gave the full comparison with no word that no source rates
// stress, while "which is less stressful" after "sre vs swe" said so. Two roles named and weighed by an
// opinion of the work or by working life are read as in the thread: each one's work, said first unrated.
describe("two roles named, weighed by what no source rates", () => {
  it.each([
    [
      "which is more stressful, sre or swe",
      "The sources give no opinion on whether working as a Site Reliability Engineer or a Software Engineer is stressful.",
    ],
    [
      "is sre more stressful than swe",
      "The sources give no opinion on whether working as a Site Reliability Engineer or a Software Engineer is stressful.",
    ],
    [
      "sre vs swe which has better work life balance",
      "The knowledge base has nothing on work-life balance for a Site Reliability Engineer or a Software Engineer",
    ],
  ])("%s", (asked, unrated) => {
    const text = lastAnswerText(asked);
    expect(text.indexOf(unrated)).toBe(0);
    expect(text).toContain("What a Site Reliability Engineer does:");
    expect(text).toContain("What a Software Engineer does:");
    expect(text).not.toContain("could not read “stressful”");
  });

  it("reads the same as the follow-up after a comparison", () => {
    const named = lastAnswerText("which is less stressful, sre or swe");
    expect(lastAnswerText("sre vs swe", "which is less stressful")).toBe(named);
  });

  it("keeps pay asked beside it a pay comparison", () => {
    expect(lastAnswerText("which pays more and is less stressful, sre or swe")).toContain(
      "Pay: Site Reliability Engineer vs Software Engineer",
    );
  });

  it("a role held beside one asked about is still answered for the one", () => {
    const text = lastAnswerText("im a sysadmin. what does a data analyst do");
    expect(text).toContain("What a Data Analyst does:");
    expect(text).not.toContain("What a System Administrator does:");
  });
});
