import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// A job the person said they hold is where a move starts, when the next message weighs another
// role ("thinking about sre"), and a start said loosely ("i want out", "a realistic move for a network
// admin") asks where to, never answers the role's duties or an unrelated ML section.
describe("a role weighed after the job held", () => {
  it("is the move from the role said first", () => {
    for (const [held, next, heading] of [
      ["i'm a qa engineer", "thinking about sre", "From QA Engineer to Site Reliability Engineer"],
      [
        "i work as a network admin",
        "considering cloud architect",
        "From Network Administrator to Cloud Architect",
      ],
      ["im a sysadmin", "probably sre", "From System Administrator to Site Reliability Engineer"],
    ] as const) {
      const text = lastAnswerText(held, next);
      expect(text).toContain(heading);
      expect(text).toContain("Pay side by side");
    }
  });

  // (The tests' knowledge holds the curated roles' occupations only: Web Developers stand for any occupation.)
  it("is the move from the occupation said first, a greeting before it no question to repeat", () => {
    expect(lastAnswerText("hey. i'm a web developer.", "what about being a data analyst instead")).toContain(
      "From Web Developers to Data Analyst",
    );
    const text = lastAnswerText("hey. i'm a web developer.", "thinking about data analyst");
    expect(text).toContain("From Web Developers to Data Analyst");
    expect(text).not.toContain("Hi! I'm Career Advisor");
  });

  it("stays the named role's pay when pay is asked with no word of moving", () => {
    for (const next of ["looking at sre salary, is it good?", "maybe sre pays more?"]) {
      const text = lastAnswerText("i'm a qa engineer", next);
      expect(text, next).toMatch(/^Site Reliability Engineer pay:/m);
      expect(text, next).not.toContain("From QA Engineer");
    }
    expect(lastAnswerText("sysadmin here", "looking at devops salary in seattle")).toMatch(
      /^DevOps Engineer pay:/m,
    );
  });

  it("is the move for a hedge only when the reply is little more than the role", () => {
    expect(lastAnswerText("i'm a qa engineer", "maybe sre?")).toContain(
      "From QA Engineer to Site Reliability Engineer",
    );
  });

  it("stays the role's own answer when the first message only asked about a role", () => {
    expect(lastAnswerText("what does a qa engineer do", "thinking about sre")).not.toContain(
      "From QA Engineer to Site Reliability Engineer",
    );
    expect(answerText("thinking of being a software dev")).not.toContain("From Software Engineer");
  });
});

describe("a start said loosely", () => {
  it("asks where the move leads", () => {
    expect(answerText("ok so im a sysadmin. i want out.")).toContain(
      "Which role do you want to move to from System Administrator?",
    );
    expect(answerText("what's a realistic move for a network admin wanting more money")).toContain(
      "Which role do you want to move to from Network Administrator?",
    );
  });

  it("then takes the role named as where it leads, and 'how long' stays on that move", () => {
    const text = lastAnswerText("ok so im a sysadmin. i want out.", "probably sre", "how long");
    expect(text).toContain("From System Administrator to Site Reliability Engineer");
    expect(text).toContain("The sources give no timeline for this move");
  });

  it("reads 'is sre a good next step for a sysadmin' as the move from sysadmin", () => {
    expect(answerText("is sre a good next step for a sysadmin")).toContain(
      "From System Administrator to Site Reliability Engineer",
    );
  });
});
