import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen round (r84): after two roles compared, "which is easier to get into straight from an IT
// job" said whether the two count as IT, and "… from help desk" how to start as IT support, the job held.
describe("the ways into two roles compared, weighed from a job held", () => {
  it("weighs the two roles' ways in, the start none of them", () => {
    for (const q of [
      "which is easier to get into from help desk",
      "which is easier to get into straight from an IT job",
    ]) {
      const text = lastAnswerText("security analyst vs security engineer", q);
      expect(text, q).toContain("asks less related work experience to enter");
      expect(text, q).not.toContain("Getting started as an IT Support Specialist");
      expect(text, q).not.toContain("roles I count as IT");
    }
  });

  it("still answers whether a role is an IT job", () => {
    expect(lastAnswerText("sysadmin", "is that an IT job?")).toContain(
      "System Administrator is one of the roles I count as IT",
    );
  });
});
