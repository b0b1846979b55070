import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "which skills should i start on first" about a role: its skills, saying the sources give no order to learn
// them in (none is invented), not the way into the role.
describe("which skills to learn first, asked of a role", () => {
  it("answers the thread's role's skills with a word on their order", () => {
    const text = lastAnswerText("what does a devops engineer do", "which skills should i start on first");
    expect(text).toContain("Skills for a DevOps Engineer:");
    expect(text).toContain("The sources give no order to learn these skills in");
    expect(text).not.toContain("How to become a DevOps Engineer");
  });

  it("reads 'which skills do i start on' so too", () => {
    const text = lastAnswerText("what does a data analyst do", "which skills do i start on");
    expect(text).toContain("Skills for a Data Analyst:");
    expect(text).not.toContain("Getting started as a Data Analyst");
  });
});
