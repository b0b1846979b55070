import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "salary of data analyst in india per annum" began like the salary command, whose grammar has no
// slot for a pay period, so "india per annum" was looked up as one place. The question reader knows periods.

describe("a pay period after a salary command's place", () => {
  it("reads the place without the period", () => {
    const abroad = answerText("salary of data analyst in india per annum");
    expect(abroad).toContain("India");
    expect(abroad).not.toContain('"india per annum"');
    expect(abroad).toContain("$120,230");
    const texas = answerText("salary of data analyst in texas per annum");
    expect(texas).toContain("Texas (Austin, Dallas)");
    expect(texas).not.toContain('"texas per annum"');
  });

  it("still answers the command with no period", () => {
    expect(answerText("salary data analyst texas")).toContain("Data Analyst");
  });
});
