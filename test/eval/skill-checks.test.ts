import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "do i need kubernetes for devops": whether a role's sources name one skill, not everything it needs.
const answer = lastAnswerText;

describe("a question whether a role needs one skill", () => {
  it("says the sources list a skill the role's file lists, and in which list", () => {
    const text = answer("does a data scientist use sql");
    expect(text).toContain("SQL for a Data Scientist");
    expect(text).toContain("the sources list SQL among a Data Scientist's technical skills");
  });

  it("says the sources do not name a skill the role's file leaves out, and which roles do", () => {
    const text = answer("do i need kubernetes for devops");
    expect(text).toContain("The sources for DevOps Engineer do not name Kubernetes");
    expect(text).toContain("Lead Machine Learning Engineer");
    // Everything the role does need follows, so the answer still helps.
    expect(text).toContain("CI/CD");
    expect(answer("should i learn rust for backend")).toContain("do not name Rust");
  });

  it("checks each skill named, and reads the thread's role for a pronoun", () => {
    const text = answer("which languages do mobile devs use, kotlin or swift?");
    expect(text).toContain("Kotlin");
    expect(text).toContain("Swift");
    expect(answer("what does a data analyst do", "do they need python?")).toContain(
      "Python for a Data Analyst",
    );
  });

  it("never takes a role's own words for a skill, nor a kind of skill for one", () => {
    expect(answer("what does a machine learning engineer need")).not.toContain("Machine learning for");
    expect(answer("what databases do data science engineers use?")).toContain(
      "Databases a Data Science Engineer works with",
    );
  });
});

describe("how long it takes to become a role", () => {
  it("says no source gives a timeline, then how people get in", () => {
    for (const question of [
      "how long does it take to become a data scientist",
      "how many years to become a devops engineer",
    ]) {
      const text = answer(question);
      expect(text).toContain("The sources give no timeline for becoming");
      expect(text).toMatch(/How to become|Getting started as/);
    }
    expect(answer("how do i become a data scientist")).not.toContain("no timeline");
  });
});

// Past bug: "do i need go or is python fine for devops" answered only about Python: two-letter "go" was
// never read, being mostly the verb. Where it sits as a language it is Go; "go into", "go from" stay the verb.
describe("Go the language, told from the verb", () => {
  it("checks Go beside Python for the role, and says its sources do not name it", () => {
    const text = answer("do i need go or is python fine for devops");
    expect(text).toContain("Go and Python for a DevOps Engineer");
    expect(text).toContain(
      "The sources for DevOps Engineer do not name Go, so I cannot say the role needs it.",
    );
    expect(text).toContain("Roles whose sources do list Go: Distinguished Machine Learning Engineer.");
    expect(text).toContain("The sources for DevOps Engineer do not name Python");
  });

  it.each([
    ["is go worth learning for backend", "Go for a Back-End Developer"],
    ["golang for devops", "Go for a DevOps Engineer"],
    ["go or python for backend", "Go and Python for a Back-End Developer"],
  ])("%s", (asked, heading) => {
    expect(answer(asked)).toContain(heading);
  });

  it("leaves the verb alone", () => {
    expect(answer("i want to go into devops")).toContain("How to become a DevOps Engineer");
    expect(answer("how to go from qa to devops")).toContain("From QA Engineer to DevOps Engineer");
    expect(answer("where do people go after qa")).toContain("Career path for a QA Engineer");
    for (const q of ["i want to go into devops", "where do people go after qa"])
      expect(answer(q), q).not.toContain("Go for a");
  });
});
