import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "can i skip the dba step" after a sysadmin's path: a question of the thread role's path, said plainly to be
// one no source rules on, never the duties of the role named as the step.
const answer = lastAnswerText;

describe("a step on the way asked to be skipped", () => {
  it.each([
    ["sysadmin career path", "can i skip the dba step", "System Administrator"],
    ["sysadmin career path", "could i skip straight to devops", "System Administrator"],
    [
      "mle career path",
      "can i skip the lead step and go straight to distinguished",
      "Machine Learning Engineer",
    ],
    ["mle career path", "can i skip senior", "Machine Learning Engineer"],
  ])("%s, then %s", (first, followUp, role) => {
    const text = answer(first, followUp);
    expect(text).toContain(`No source says whether a step on the way from ${role} can be skipped`);
    expect(text).toContain(`Career path for a ${role}`);
    expect(text).not.toContain("does:");
  });

  it("leaves a degree skipped to the role's education", () => {
    expect(answer("data scientist career path", "can i skip the degree")).toContain(
      "Education for a Data Scientist",
    );
  });
});
