import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Unseen check: "and infosec analyst, is that it too?" after a role asked whether it is IT gave the
// analyst's duties: lower-case "it" said to be what something is as well ("too", "as well") is the field the
// question before asked of; and "is a network engineer IT?" itself, a job asked whether it is IT with the
// question ending there, gave the duties too.
describe("a role asked whether it is IT, and another asked again", () => {
  it("answers whether each counts as IT", () => {
    for (const first of ["is a network engineer IT?", "does data analyst count as IT?"]) {
      expect(answerText(first), first).toMatch(/is not one of the roles I count as IT/);
      expect(lastAnswerText(first, "and infosec analyst, is that it too?"), first).toContain(
        "Yes: Information Security Analyst is one of the roles I count as IT.",
      );
    }
    expect(answerText("is a sysadmin it too")).toContain("Yes: System Administrator is one of the roles");
    expect(answerText("is data science IT?")).toContain(
      "Data Scientist is not one of the roles I count as IT",
    );
  });

  it("leaves 'is that it?', 'do i need it too' and IT as a place alone", () => {
    for (const asked of ["is that it?", "do i need it too?"])
      expect(lastAnswerText("what does a sysadmin do", asked), asked).not.toContain("count as IT");
    expect(answerText("is pay good in IT?")).not.toContain("count as IT");
  });
});
