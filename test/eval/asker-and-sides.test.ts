import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "what does a DBA do vs a data architect" showed only the DBA's duties, and a recruiter asking
// what to screen for in a role got a move from Human Resources Specialists (or the ML best practices).

describe("duties of two roles set against each other", () => {
  it("are compared side by side", () => {
    for (const [q, title] of [
      ["quick q — what does a DBA do vs a data architect", "Database Administrator vs Data Architect"],
      ["what does a data analyst do vs a data scientist", "Data Analyst vs Data Scientist"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(title);
      expect(text, q).toContain("What they do:");
    }
  });

  it("of one role stay its duties", () => {
    expect(answerText("what does a DBA do")).toContain("What a Database Administrator does");
  });
});

describe("someone hiring for a role", () => {
  it("asks the role's skills, not a move from the job they hold", () => {
    for (const [q, role] of [
      ["recruiter here 👋 what skills should i screen for in a security engineer?", "Security Engineer"],
      ["as a recruiter, what should i look for in a devops engineer", "DevOps Engineer"],
      ["interviewing a devops engineer tomorrow, what should i ask about", "DevOps Engineer"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(`Skills for a ${role}`);
      expect(text, q).not.toContain("Human Resources Specialists");
    }
  });

  it("leaves a recruiter's own way into a role alone", () => {
    expect(answerText("im a recruiter, how do i become a data analyst")).not.toContain(
      "Skills for a Data Analyst",
    );
  });
});
