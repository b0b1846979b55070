import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// "underpaid" and "overpaid" weigh a role's pay: the answer is its pay, not what the role does (before, "im
// underpaid as a data analyst" got the data analyst's duties, and "are they underpaid" after a role "nothing
// on 'underpaid'").
describe("underpaid or overpaid said of a role", () => {
  it("answers the role's pay", () => {
    for (const q of ["im underpaid as a data analyst", "are data analysts underpaid"]) {
      const text = answerText(q);
      expect(text, q).toContain("Data Analyst pay:");
      expect(text, q).not.toContain("What a Data Analyst does");
    }
    expect(answerText("are sres overpaid?")).toContain("Site Reliability Engineer pay:");
  });

  it("answers the thread's role's pay when asked of it in a follow-up", () => {
    const text = lastAnswerText("what does a data analyst do", "are they underpaid tho");
    expect(text).toContain("Data Analyst pay:");
    expect(text).not.toContain("nothing on");
  });
});
