import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A sentence whose subject is a dummy "it", the role named only at its end ("what does it take to become a
// lead ml engineer"): about that role, read by what the sentence asks of it.
const answer = lastAnswerText;

describe("a dummy 'it' before the role it asks about", () => {
  it("reads what it takes to become a role as how people get in", () => {
    for (const question of [
      "what does it take to become a lead ml engineer",
      "what would it take to become a lead machine learning engineer?",
    ]) {
      const text = answer(question);
      expect(text).toContain("How to become a Lead Machine Learning Engineer");
      expect(text).not.toContain("Common challenges");
    }
    expect(answer("what would it take to be a data scientist")).toContain("How to become a Data Scientist");
  });

  it("reads how hard it is to become a role as how people get in, saying no source rates the effort", () => {
    for (const [question, role] of [
      ["is it hard to become a data architect", "a Data Architect"],
      ["how hard is it to become a network architect", "a Network Architect"],
      ["is it easy to get into devops", "a DevOps Engineer"],
    ] as const) {
      const text = answer(question);
      expect(text).toContain(`The sources do not rate how hard it is to become ${role}`);
      expect(text).not.toContain("Outlook for");
    }
    expect(answer("is it hard to become a data architect")).toContain("Getting started as a Data Architect");
  });

  it("keeps a move named with a dummy 'it' a move", () => {
    expect(answer("is it hard to go from swe to mle")).toContain(
      "From Software Engineer to Machine Learning Engineer",
    );
  });

  it("checks a skill it asks is worth learning for a role against the role's sources", () => {
    const sql = answer("is it worth learning sql for data analyst jobs");
    expect(sql).toContain("SQL for a Data Analyst");
    expect(sql).toContain("Yes: the sources list SQL among a Data Analyst's technical skills.");
    expect(sql).not.toContain("Outlook for");
    expect(answer("is learning python worth it for a data scientist")).toContain(
      "Python for a Data Scientist",
    );
  });
});

describe("how long the skills just listed take to learn", () => {
  it("says no source gives a timeline, with the skills", () => {
    const text = answer("data science engineer skills", "how long does it take to learn");
    expect(text).toContain("The sources give no timeline for learning these");
    expect(text).toContain("Skills for a Data Science Engineer");
    expect(text).toContain("Apache Spark");
  });
});
