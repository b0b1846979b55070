import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "what skills do i need for ml specifically — not research, the engineering side": a skill set aside
// ("not", "besides", "other than") is no skill asked about. Before, the answer was about Research alone.
describe("a skill set aside from the skills asked", () => {
  it("gives the role's skills, not the one set aside", () => {
    for (const q of [
      "what skills do i need for ml *specifically* — not research, the engineering side",
      "what skills does an mle need, not the research side",
      "what skills do i need for mle besides python",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("Skills for a Machine Learning Engineer");
      expect(text, q).not.toContain("Research for a Machine Learning Engineer");
    }
  });

  it("still checks a skill asked with 'not' in it", () => {
    expect(answerText("do i need docker for devops, not kubernetes")).toContain(
      "Docker for a DevOps Engineer",
    );
    expect(answerText("do i need sql or not for a data analyst")).toContain("SQL for a Data Analyst");
    expect(answerText("not sure if i need kubernetes for devops")).toContain(
      "Kubernetes for a DevOps Engineer",
    );
  });
});
