import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Sweep (issue 21, class 1): a thread after an IT title or the IT field. "what does an IT manager do" is
// answered with the curated role's work; the thread goes on with the occupation the title was read as
// ("how much do they make"). "what jobs count as IT" lists IT's roles, which "which pays most" weighs.
const answer = lastAnswerText;

describe("the thread after an IT title's work", () => {
  it("asks the pay of the occupation the title was read as, never which role", () => {
    const text = answer("what does an it manager do", "how much do they make");
    expect(text).toContain("Computer and Information Systems Managers");
    expect(text).not.toContain("Which role do you mean?");
  });
});

describe("the thread after IT's roles were listed", () => {
  it("weighs the roles listed by pay", () => {
    const text = answer("what jobs count as IT", "which pays most");
    expect(text).toContain(
      "Pay: IT Support Specialist vs Network Administrator vs System Administrator vs Database Administrator vs Information Security Analyst",
    );
    expect(text).not.toContain("Which role do you mean?");
  });
});
