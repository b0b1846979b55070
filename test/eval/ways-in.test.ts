import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// The way into tech with no role held, and follow-ups after the way into one role.
const answer = lastAnswerText;

describe("the way into tech with no role named", () => {
  it("lists the roles that need the least to enter, with their entry education, by BLS's figures", () => {
    for (const question of [
      "good first job in tech for a bootcamp grad?",
      "whats the easiest tech job to get into",
      "entry level tech jobs?",
    ]) {
      const text = answer(question);
      expect(text, question).toContain("The roles here that need the least to enter");
      expect(text, question).toContain("IT Support Specialist (as Computer User Support Specialists)");
      expect(text, question).not.toContain("Engineering Manager");
    }
  });

  it("leaves getting into IT to IT support, the usual way in", () => {
    expect(answer("how to get into IT with no experience")).toContain("usual way into IT");
  });
});

describe("after the way into one role, with no start pinned", () => {
  it("answers what it pays and what to learn for that role", () => {
    const start = "been teaching hs math for 10 yrs, could i realistically move into data analytics?";
    expect(answer(start, "how much more would i make")).toContain("Data Analyst pay");
    const learn = answer(start, "what would i need to learn first");
    expect(learn).toMatch(/Skills for a Data Analyst|How to become a Data Analyst/);
    expect(learn).toContain("SQL");
  });
});
