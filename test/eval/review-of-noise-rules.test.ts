import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// Rules that read how people type (lower-case "it", a capitalised employer after "at", an acknowledgement,
// spelling) must not steal questions whose words only look like theirs.
describe("lower-case 'it' said to be dying or to include something", () => {
  it("is what was named before it, not the IT field", () => {
    for (const q of [
      "i want to learn kubernetes but is it dying",
      "cobol, is it dead?",
      "blockchain, is it dying?",
      "what is cloud computing, does it include devops?",
    ])
      expect(answerText(q), q).not.toContain("Fastest growing IT roles");
  });

  it("is still the field when nothing is named before it", () => {
    for (const q of ["is it dying lol", "everyone says it is saturated", "my dad says it is dying"])
      expect(answerText(q), q).toContain("Fastest growing IT roles");
  });
});

describe("capitalised words after 'at' in a pay question", () => {
  it("are no employer when they are a level, a kind of employer or a way of working, or every word is capitalised", () => {
    for (const q of [
      "Data Analyst salary at Director Level",
      "Software Engineer salary at Big Companies",
      "data analyst salary at Government",
    ])
      expect(answerText(q), q).not.toMatch(/No figures for (Director|Big|Government)/);
    expect(answerText("data analyst salary at Remote")).toContain("No figures for remote work");
  });

  it("still name an employer the person wrote as a name", () => {
    expect(answerText("swe salary at Kroger")).toContain("No figures for Kroger");
    expect(answerText("data analyst pay at Best Buy in texas")).toContain("No figures for Best Buy");
  });
});

describe("'makes sense'", () => {
  it("acknowledges an answer before it, or with thanks", () => {
    expect(lastAnswerText("what does an sre do", "that makes sense")).toContain("Glad that helps!");
    expect(answerText("thanks, ml makes sense now")).toContain("You're welcome!");
  });

  it("is a plan to weigh when nothing was answered", () => {
    expect(answerText("switching to devops makes sense")).toContain("DevOps Engineer");
    expect(answerText("switching to devops makes sense")).not.toContain("Glad that helps!");
  });
});

describe("contractions typed without an apostrophe", () => {
  it("are left as typed, not corrected to another word", () => {
    for (const q of ["theyre hiring a lot?", "youre the best", "dont know"])
      expect(understand(q).text, q).toBe(q);
  });
});
