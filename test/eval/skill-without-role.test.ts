import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "do i need sql", "is python worth learning" and "should i learn rust or go", asked of no role,
// got the ML market, soft skills or "outside what I know". A skill asked of whether it is needed, used or
// worth learning, with no role named or in the thread, is a question about the skill: which roles' sources
// list it, after what no source says (which of two to learn, or that it depends on the role).
describe("a skill asked of with no role", () => {
  it.each([
    // A skill weighed as worth learning: no source measures that (skill-worth-and-jobs-not-held.test.ts).
    [
      "is pytorch worth learning",
      "PyTorch",
      "No source measures whether PyTorch is worth learning; it depends",
    ],
    ["do i need docker", "Docker", "Whether you need Docker depends"],
    ["how important is tableau", "Tableau", "Whether you need Tableau depends"],
  ])("%s → the roles that list it", (asked, skill, lead) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`${lead} on the role you aim for.`);
    expect(text).toMatch(new RegExp(`Roles whose sources list ${skill}: \\w`));
  });

  it.each([
    ["what careers can i get if i know docker", "Docker"],
    ["which positions use pytorch", "PyTorch"],
  ])("%s → the jobs that use it", (asked, skill) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`Jobs that use ${skill}, by what the roles' sources list:`);
    expect(text).toMatch(new RegExp(`Roles whose sources list ${skill}: \\w`));
  });

  it("two skills set against each other: no source picks one, each one's roles listed", () => {
    const text = lastAnswerText("should i learn kotlin or swift");
    expect(text).toContain("No source weighs Kotlin against Swift, so I cannot pick one for you");
    // A word set as the other side is asked of too, though the knowledge holds no such skill name.
    expect(lastAnswerText("scala or elixir, which should i learn")).toContain(
      "No role's sources list Elixir.",
    );
  });

  it("a skill no role lists: said once, not guessed", () => {
    const text = lastAnswerText("is typescript worth learning");
    expect(text).toContain("No role I cover lists TypeScript in its sources, so I cannot say who needs it.");
    expect(text).not.toContain("No role's sources list TypeScript");
  });

  it("how hard a skill is stays unrated", () => {
    expect(lastAnswerText("is sql hard to learn")).toContain("No source rates how hard SQL is to learn");
  });

  it("a role named or held in the thread is asked of instead", () => {
    expect(lastAnswerText("do data analysts need sql")).toContain(
      "Yes: the sources list SQL among a Data Analyst's technical skills.",
    );
    expect(lastAnswerText("what does a data analyst do", "do i need sql")).toContain(
      "SQL for a Data Analyst",
    );
  });
});

// Past bug: "go vs rust" was greeted and "python or go" was off topic: two skills set against each other
// ask which to learn, with no word of learning; "go" beside a language is Go.
describe("two skills set against each other, in their names alone", () => {
  it.each([
    ["go vs rust", "No source weighs Go against Rust"],
    ["python or go", "No source weighs Python against Go"],
    ["python vs java", "No source weighs Python against Java"],
  ])("%s → neither picked, each one's roles listed", (asked, lead) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`${lead}, so I cannot pick one for you`);
    expect(text).not.toContain("outside what I know");
  });

  it("what jobs use go: the roles whose sources list Go", () => {
    expect(lastAnswerText("what jobs use go")).toContain(
      "Roles whose sources list Go: Distinguished Machine Learning Engineer.",
    );
  });
});
