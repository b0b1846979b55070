import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "is IT support a good first job": its outlook and how easy it is to get in; "are bootcamps worth it for
// swe": said first that the sources do not rate bootcamps, then the education they give.
describe("a role weighed as a first job", () => {
  it("adds the role's entry education to its outlook", () => {
    const text = answerText("is IT support a good first job");
    expect(text).toContain("Outlook for an IT Support Specialist");
    expect(text).toContain("As a first job, what it takes to get in:");
    expect(text).toMatch(/Typical entry-level education .*some college, no degree/);
  });

  it("leaves an outlook asked of a career alone", () => {
    expect(answerText("is data analyst a good career")).not.toContain("what it takes to get in");
  });
});

describe("a kind of schooling the sources do not rate", () => {
  it("is said to be unrated before the role's education", () => {
    const text = answerText("are bootcamps worth it for swe");
    expect(text).toContain("The sources do not rate “bootcamps”");
    expect(text).toMatch(/Typical entry-level education .*bachelor's degree/);
    expect(answerText("swe education")).not.toContain("do not rate");
  });
});
