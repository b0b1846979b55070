import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// r78: "what does an ml engineering lead do" answered for Machine Learning Engineer ("ml engineering" matched
// first, "lead" left over), and the thread's "pay?" then gave the ML engineer's pay, not the lead's.

describe("a rank said after the title", () => {
  it("names the role whose name puts the rank first", () => {
    for (const q of [
      "what does an ml engineering lead do",
      "mle lead salary",
      "machine learning lead skills",
      "ml engineering leads make how much",
    ]) {
      expect(
        understand(q).entities.roles.map((r) => r.id),
        q,
      ).toEqual(["lead-machine-learning-engineer"]);
      const text = answerText(q);
      expect(text, q).toContain("Lead Machine Learning Engineer");
      expect(text, q).not.toMatch(/^(What a|Skills for a) Machine Learning Engineer/m);
    }
  });

  it("keeps the lead as the thread's role for a follow-up that names none", () => {
    const text = lastAnswerText("<@U0BOT> what does an ml engineering lead do", "pay?");
    expect(text).toContain("Lead Machine Learning Engineer pay");
    expect(text).not.toMatch(/^Machine Learning Engineer pay/m);
  });

  it("leaves 'lead' the verb where something is led or led to", () => {
    for (const q of ["can an ml engineer lead a team", "does ml engineering lead to management"])
      expect(
        understand(q).entities.roles.map((r) => r.id),
        q,
      ).toEqual(["machine-learning-engineer"]);
  });
});
