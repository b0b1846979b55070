import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// "whats the usual step in between" after a move asks which roles lie between its start and its end: those
// the knowledge ties to both sides, each with why; never the move's answer again, and no ladder made up.
describe("a step in between asked of a move", () => {
  it("names the roles the knowledge ties to both sides, and how they were chosen", () => {
    for (const follow of [
      "whats the usual step in between",
      "is there an intermediate role",
      "any stepping stone?",
    ]) {
      const text = lastAnswerText("im in IT support, want to become an sre", follow);
      expect(text, follow).toContain("Between IT Support Specialist and Site Reliability Engineer");
      expect(text, follow).toContain(
        "System Administrator: the knowledge lists it as related to both IT Support Specialist and Site Reliability Engineer.",
      );
      expect(text, follow).toContain("none is a required step");
      expect(text, follow).not.toContain("Pay side by side");
    }
  });

  it("reads the move named in the same message", () => {
    expect(answerText("qa to devops, is there a role in between")).toContain(
      "Between QA Engineer and DevOps Engineer, the knowledge points to Software Engineer",
    );
  });

  it("says so where the knowledge names no role between", () => {
    const text = lastAnswerText("im a qa engineer, want to be a data scientist", "any intermediate role?");
    expect(text).toContain("The knowledge names no role between QA Engineer and Data Scientist.");
    expect(text).toContain("career gap qa engineer to data scientist");
  });

  it("keeps a step named as the move into it", () => {
    const text = lastAnswerText(
      "data analyst wanting to move into ml engineering",
      "would data engineer be an easier stepping stone first",
    );
    expect(text).toContain("From Data Analyst to Software Data Engineer");
  });
});
