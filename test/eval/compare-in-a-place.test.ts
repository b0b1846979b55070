import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "senior sre vs senior devops in austin" compared the roles with national pay and no word of
// Austin: a place asked of a comparison narrows its pay as a pay comparison there does.
describe("a comparison asked in a place", () => {
  it("says first that neither role has figures there", () => {
    const text = lastAnswerText("senior sre vs senior devops in austin");
    expect(text).toContain("Site Reliability Engineer vs DevOps Engineer");
    expect(text).toContain(
      "The knowledge base has no Texas (Austin, Dallas) figure for Site Reliability Engineer or DevOps Engineer. National figures are shown beside.",
    );
    expect(text).toContain("No senior level figures for Site Reliability Engineer or DevOps Engineer");
  });

  it("shows the place's figure where a role has one", () => {
    const text = lastAnswerText("swe vs mle in seattle");
    expect(text).toContain("Software Engineer vs Machine Learning Engineer");
    expect(text).toContain("Average salary, Seattle, WA: $173,517");
    expect(text).toContain("The knowledge base has no Seattle, WA figure for Software Engineer.");
  });

  it("says nothing of places when none is asked", () => {
    const text = lastAnswerText("swe vs mle");
    expect(text).not.toContain("Seattle");
    expect(text).not.toContain("National figures are shown beside");
  });
});
