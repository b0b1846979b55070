import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// r78: "is it hard" after a sysadmin's pay was answered with the role's outlook (job counts and openings).
// How hard a role is, said with nothing else, is answered by how people get in, saying no source rates it.

describe("'is it hard' alone about the thread's role", () => {
  it("says no source rates it, then how people get in", () => {
    for (const [first, follow, role] of [
      ["sysadmin pay", "is it hard", "System Administrator"],
      ["data analyst skills", "how hard is it tho", "Data Analyst"],
      ["what does a dba do", "is it a difficult job?", "Database Administrator"],
    ] as const) {
      const text = lastAnswerText(first, follow);
      expect(text, follow).toContain(`The sources do not rate how hard it is to become a ${role}`);
      expect(text, follow).toContain(`Getting started as a ${role}`);
      expect(text, follow).not.toContain("Outlook for");
    }
  });

  it("leaves a question of what is hard to learn to its own reading", () => {
    const text = lastAnswerText("frontend dev salary", "is it hard to learn");
    expect(text).not.toContain("Getting started as");
  });
});
