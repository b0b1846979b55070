import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen check (r92): "ml skills list? coming from backend" answered with back-end developers'
// outlook, "ml skill list" with the ML market's demand: "ml" before "skills" was read as a modifier of the
// field, and the field leans the classifier to its market. With no job of its own beside it (but the one
// the person comes from), it names the field's role, Machine Learning Engineer.
describe("'ml' before 'skills'", () => {
  it.each([
    ["ml skill list", "Skills for a Machine Learning Engineer"],
    ["list of ml skills", "Skills for a Machine Learning Engineer"],
    ["ml skills list? coming from backend", "From Back-End Developer to Machine Learning Engineer"],
    ["skills for ml coming from backend", "From Back-End Developer to Machine Learning Engineer"],
  ])("%s", (asked, said) => {
    expect(lastAnswerText(asked)).toContain(said);
  });

  it("keeps a job named beside it", () => {
    expect(lastAnswerText("do data analysts need ml skills")).toContain("Data Analyst");
  });

  it("keeps the skills' market when their demand is asked", () => {
    expect(lastAnswerText("are ml skills in demand")).toContain("Growth in demand for AI and ML skills");
  });
});
