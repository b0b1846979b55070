import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "which one can i get as a first job" after Cloud Architect vs DevOps gave both roles'
// education with no pick, leaving out that Cloud Architect asks 5 years or more of related experience.

describe("which of two roles one can get as a first job", () => {
  it("is the one that asks least to enter, with each one's entry and openings", () => {
    const text = lastAnswerText(
      "cs sophomore. whats the difference between cloud architect and devops?",
      "which one can i get as a first job",
    );
    expect(text).toContain("DevOps Engineer asks less related work experience to enter");
    expect(text).toContain("related work experience: 5 years or more");
  });

  it("is asked in other words too", () => {
    const text = lastAnswerText(
      "swe vs data scientist",
      "which of them could i land straight out of college",
    );
    expect(text).toContain("related work experience: none");
    expect(text).toContain("openings a year");
  });

  it("leaves a pick among roles weighed whole a comparison", () => {
    expect(lastAnswerText("qa vs dev vs devops, which should i pick as a new grad")).toContain(
      "QA Engineer vs Software Engineer vs DevOps Engineer",
    );
  });
});
