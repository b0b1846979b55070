import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// One's own pay judged ("underpaid", "overpaid"), however it was heard: "told me" leaned the reading to the
// role's duties ("tell me about"), and with no role named it was off topic.
describe("one's own pay judged by someone else", () => {
  it("is the role's pay", () => {
    const cases: [string, string][] = [
      ["a recruiter told me im underpaid as a devops engineer", "DevOps Engineer pay:"],
      ["my manager told me im overpaid as a data analyst lol", "Data Analyst pay:"],
      ["my boss told me i'm paid fairly for a sysadmin, is that true", "System Administrator pay:"],
    ];
    for (const [q, pay] of cases) {
      const text = answerText(q);
      expect(text, q).toContain(pay);
      expect(text, q).not.toContain(" does:");
    }
  });

  it("asks which role where none is named", () => {
    for (const q of ["a recruiter told me im underpaid", "am i underpaid"]) {
      const text = answerText(q);
      expect(text, q).toContain("Which role do you mean?");
      expect(text, q).not.toContain("outside what I know");
    }
  });
});
