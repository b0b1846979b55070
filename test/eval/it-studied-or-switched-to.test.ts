import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Sweep (issue 21, class 1): with no thread role for a pronoun, "it" studied ("a degree in it", "study it or
// computer science") or switched to ("thinking of switching to it") is the field; a question about the
// field the intents cannot place ("do you need math for it") is answered from IT's roles or asks which IT
// role, never another field's section.
const answer = lastAnswerText;

describe("IT studied or switched to, with no thread", () => {
  it.each([
    ["is a degree in it worth it", "Education for an IT Support Specialist"],
    [
      "should i study it or computer science",
      "IT names a field of work; computer science is a subject of study.",
    ],
    ["im thinking of switching to it, is it worth it", "Fastest growing IT roles"],
    ["moving into it from retail", "to IT Support Specialist"],
  ])("%s", (q, said) => {
    const text = answer(q);
    expect(text).toContain(said);
    expect(text).not.toContain("Which role do you mean?");
  });

  it("keeps a pronoun whose thing was named", () => {
    expect(answer("i like python, should i study it")).not.toContain("IT");
  });
});

describe("the IT field asked what the intents cannot place", () => {
  it.each(["do you need math for it", "does IT need a lot of math"])("%s asks which IT role", (q) => {
    const text = answer(q);
    expect(text).toContain("Which IT role do you mean? IT support is the usual way in.");
    expect(text).not.toContain("Research Scientist");
  });
});

// Past bug: "it or cs degree if i want data science later" compared IT Support Specialist with Data
// Scientist. Two degrees weighed for one role named: no source weighs them, and the role's education is said.
describe("an IT degree against a computer science one, for a role named", () => {
  it.each([
    "it or cs degree if i want data science later",
    "which degree for data science, IT or computer science",
  ])("%s", (q) => {
    const text = answer(q);
    expect(text).toContain(
      "No source weighs an IT degree against a computer science degree for a Data Scientist.",
    );
    expect(text).toContain("Typical entry-level education for data scientists in the US: bachelor's degree");
    expect(text).not.toContain("IT Support Specialist vs");
  });
});
