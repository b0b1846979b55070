import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "which one should i pick if i like stats" after two roles set side by side gave the comparison
// again, and "which role is best if i like python" the list of every role. A skill (or kind of skill) the
// person likes or is good at asks which roles' sources list it: of the thread's roles, or of all.
describe("a skill liked, asked of roles", () => {
  it("checks each of the thread's roles for a kind of skill liked", () => {
    const text = lastAnswerText(
      "data science engineer vs data scientist",
      "which one should i pick if i like statistics",
    );
    expect(text).toContain("Mathematics and statistics a Data Scientist works with: Statistics.");
    expect(text).toContain("no mathematics and statistics for Data Science Engineer");
  });

  // Past bug: "stats" was read as figures ("salary stats"); governed by a word of liking it is statistics.
  it.each([
    ["data scientist vs data analyst", "which one should i pick if i like stats"],
    ["data scientist vs data analyst", "which should i choose if i love stats"],
    ["data scientist vs software engineer", "i enjoy stats, which one suits me"],
  ])("reads stats liked as statistics: %s, %s", (...messages) => {
    expect(lastAnswerText(...messages)).toContain(
      "Mathematics and statistics a Data Scientist works with: Statistics.",
    );
  });

  it("keeps stats asked of pay as figures", () => {
    expect(lastAnswerText("data scientist vs data analyst", "salary stats for both")).toContain(
      "Pay: Data Scientist vs Data Analyst",
    );
  });

  it("checks both roles for a skill asked of both", () => {
    const text = lastAnswerText("swe vs data analyst", "do both need sql");
    expect(text).toContain("The sources for Software Engineer do not name SQL");
    expect(text).toContain("Yes: the sources list SQL among a Data Analyst's technical skills.");
  });

  it.each([
    ["i love sql, which job fits me", "Jobs that use SQL"],
    ["which role is best if i like python", "Jobs that use Python"],
    ["im really good at sql what can i do", "Jobs that use SQL"],
  ])("%s", (question, said) => {
    expect(lastAnswerText(question)).toContain(said);
  });

  it("leaves a thread's one role checked as before", () => {
    const text = lastAnswerText("data analyst skills", "do they need sql");
    expect(text).toContain("SQL for a Data Analyst");
    expect(text).not.toContain("for a Software Engineer");
  });
});
