import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../../support/questions.js";

// "does that pay a lot more" opened with "No figures for That"; "did the google data cert" with "No figures
// for Google"; and "same q for target" answered for the thread's earlier employer, Walmart.
describe("employers read only where someone's pay is asked of them", () => {
  it("reads no employer in a word pointing back before 'pay'", () => {
    const text = lastAnswerText(
      "what does IT support pay",
      "how long before i can move up to sysadmin, does that pay a lot more than the help desk stuff",
    );
    expect(text).toContain("Pay: System Administrator vs IT Support Specialist");
    expect(text).not.toContain("No figures for That");
  });

  it("reads a course an employer gives as no employer", () => {
    expect(understand("did the google data cert last winter. data analyst salary?").company).toBeUndefined();
    expect(
      answerText(
        "did the google data cert thing last winter. data anlayst or data scienist, which makes more",
      ),
    ).not.toContain("No figures for Google");
    expect(answerText("what does google pay data analysts")).toContain("No figures for Google");
  });

  it("reads an everyday-word employer the question is asked again of", () => {
    const text = lastAnswerText(
      "what do walmart software engineers actually make",
      "same q for target, i applied there for a data analyst role",
    );
    expect(text).toContain("No figures for Target");
    expect(text).not.toContain("Walmart");
  });
});
