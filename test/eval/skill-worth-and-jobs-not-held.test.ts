import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "is it worth learning sql if ur not a dev" answered SQL for a Software Engineer (the job the
// person said they do not hold), and "is it worth learning sql" asked "Which learning role do you mean?"
// ("learning" is only ever inside role names). "r dbas going extinct w cloud" listed the DBA's cloud skills,
// and "jobs in it that dont require coding" ranked IT roles by pay.
describe("a skill weighed as one to learn, with no role", () => {
  it.each([
    ["is it worth learning sql if ur not a dev", "SQL"],
    ["is sql worth learning if im not a developer", "SQL"],
    ["is it worth learning python", "Python"],
  ])("%s", (q, skill) => {
    const text = lastAnswerText(q);
    expect(text).toContain(`No source measures whether ${skill} is worth learning`);
    expect(text).not.toContain("for a Software Engineer");
    expect(text).not.toContain("Which learning role");
  });

  it("keeps a job the person aims for though they say they are not one yet", () => {
    expect(lastAnswerText("im not a data scientist but i want to be one, what skills")).toContain(
      "Skills for a Data Scientist",
    );
  });
});

describe("what no source measures, asked in everyday words", () => {
  it("reads 'going extinct' as a threat to the role", () => {
    const text = lastAnswerText("r dbas going extinct w cloud");
    expect(text).toContain(
      "No source measures how much of a Database Administrator's work the cloud may take over",
    );
    expect(text).not.toContain("names no cloud platforms");
  });

  it("reads jobs narrowed by coding as a ranking no source can make", () => {
    expect(lastAnswerText("jobs in it that dont require coding")).toContain(
      "The knowledge base has nothing on how much of the work is coding for any role",
    );
  });
});

// Past bug: "how much would i make at target doing it support" lost Target (an everyday word, read as the
// employer only right after "at"), and "is ml oversaturated rn" gave the outlook with no word that no source
// measures how crowded a market is.
describe("an employer before the work done there, and a crowded market", () => {
  it("reads 'at target doing it support' as the employer", () => {
    expect(lastAnswerText("how much would i make at target doing it support")).toContain(
      "No figures for Target",
    );
  });

  it("says no source measures saturation", () => {
    expect(lastAnswerText("is ml oversaturated rn")).toContain(
      "No source measures how saturated the job market for a Machine Learning Engineer is",
    );
  });
});

// Past bug: "im teaching myself python, what role should i aim for" asked which teaching occupation:
// teaching oneself is learning, no job held.
describe("teaching oneself", () => {
  it.each([
    ["im teaching myself python, what role should i aim for", "Python"],
    ["self teaching python what role", "Python"],
    ["i taught myself sql, what jobs can i get", "SQL"],
  ])("%s → the roles that use the skill", (asked, skill) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`Jobs that use ${skill}, by what the roles' sources list:`);
    expect(text).not.toContain("Teachers");
  });

  it("teaching oneself to code asks the ways in, not which teacher", () => {
    const text = lastAnswerText("teaching myself to code, what job should i aim for");
    expect(text).toContain("The roles here that need the least to enter");
    expect(text).not.toContain("Teachers");
  });
});

// Past bug: "what jobs are good for a non developer in tech" gave a Software Engineer's duties: a job one is
// not ("non developer", "not a developer") narrows jobs by coding, which no source rates.
describe("jobs for someone who does not code", () => {
  it.each([
    "what jobs are good for a non developer in tech",
    "non-technical roles in tech",
    "tech jobs for non coders",
    "i'm not a developer, what tech jobs are there",
  ])("%s → how much coding is unrated", (asked) => {
    const text = lastAnswerText(asked);
    expect(text).toContain("The knowledge base has nothing on how much of the work is coding for any role");
    expect(text).not.toContain("Software Engineer does");
  });

  it("non-technical skills are still soft skills", () => {
    expect(lastAnswerText("what non-technical skills do data engineers need")).toContain("Soft skills");
  });
});
