import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Unseen check: "what about ml there" after "data scientist vs software engineer at google" swapped one side
// of the comparison (Data Scientist vs ML Engineer), Google dropped. "There" points at where the thread is,
// the employer or place the comparison was asked at, which the thread now keeps after a comparison: the role
// named is asked there, its pay, said first to have no figures for the employer.
describe("a role named 'there' after a comparison at an employer or place", () => {
  it("is that role's pay there", () => {
    const text = lastAnswerText("data scientist vs software engineer at google", "what about ml there");
    expect(text).toMatch(/^No figures for Google: .* for Machine Learning Engineer\./);
    expect(text).not.toContain("Data Scientist vs");
    expect(lastAnswerText("data scientist vs software engineer in seattle", "and devops there?")).toContain(
      "The knowledge base has no Seattle, WA figure for DevOps Engineer.",
    );
  });

  it("keeps a side swapped where no place is kept, or the role is set against the others", () => {
    for (const [first, asked] of [
      ["data scientist vs software engineer", "what about ml there"],
      ["data scientist vs software engineer at google", "what about ml"],
      ["data scientist vs software engineer at google", "how does ml compare there"],
    ] as const)
      expect(lastAnswerText(first, asked), asked).toContain("Data Scientist vs Machine Learning Engineer");
  });
});
