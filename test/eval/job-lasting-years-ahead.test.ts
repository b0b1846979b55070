import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// "will it still be around in 10 yrs": whether a job lasts, with the years ahead named, is its outlook.
// Read as a time, the years were how long getting in takes, and the answer was how to get in.
describe("whether a job lasts, years ahead named", () => {
  it("answers the thread's role's outlook, not its way in", () => {
    for (const q of ["will it still be around in 10 yrs", "will they still exist in 5 years"]) {
      const text = lastAnswerText("skills for mobile dev", q);
      expect(text, q).toContain("Outlook for a Mobile Developer");
      expect(text, q).not.toContain("Getting started");
    }
  });

  it("reads 'still going to be a thing' as lasting, not as becoming one", () => {
    const text = answerText("is qa still going to be a thing in 10 years");
    expect(text).toContain("Outlook for a QA Engineer");
    expect(text).not.toContain("Getting started");
  });

  it("keeps the time getting in takes", () => {
    expect(answerText("how long does it take to become a data scientist")).toContain(
      "How to become a Data Scientist",
    );
    expect(lastAnswerText("mobile developer", "how long would it take me to get hired")).not.toContain(
      "Outlook for",
    );
    expect(answerText("is it realistic to become a data analyst in 6 months")).not.toContain("Outlook for");
  });
});
