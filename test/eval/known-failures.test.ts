import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Failures earlier probe rounds found, each fixed as a pattern: what a person asking would notice.

describe("titles O*NET lists under a curated role's own occupation", () => {
  it("reads a database developer as the Data Architect, whose occupation O*NET lists the title under", () => {
    const text = answerText("database developer salary");
    expect(text).toContain("Data Architect pay");
    expect(text).not.toContain("Software Engineer");
    expect(answerText("what does a database programmer do")).toContain("What a Data Architect does");
  });

  it("reads a business systems analyst as the Computer Systems Analyst, not the Business Analyst", () => {
    expect(answerText("business systems analyst salary")).toContain("Computer Systems Analyst pay");
    expect(answerText("IT business analyst salary")).toContain("Computer Systems Analyst pay");
    // "business analyst" alone is still the occupation of that name, no curated role.
    expect(answerText("business analyst salary")).toContain("I don't cover Business Analysts yet");
  });
});

describe("a platform or tool of the thread's role, asked about alone", () => {
  it("keeps the thread's role and its question, saying why, rather than asking back", () => {
    const pay = lastAnswerText("what does an ios developer earn", "and android?");
    expect(pay).toContain("it is part of Mobile Developer");
    expect(pay).toContain("Mobile Developer pay");
    expect(pay).not.toContain("Pick what you want to know");
    const skills = lastAnswerText("what skills does an android developer need", "what about ios?");
    expect(skills).toContain("Skills for a Mobile Developer");
    expect(lastAnswerText("frontend developer skills", "and react?")).toContain(
      "Skills for a Front-End Developer",
    );
  });

  it("leaves a word that begins another role's name, or several roles' names, as it was", () => {
    expect(lastAnswerText("ios developer salary", "and senior?")).not.toContain("it is part of");
    expect(lastAnswerText("data scientist salary", "and data?")).toContain("Pick what you want to know");
  });
});
