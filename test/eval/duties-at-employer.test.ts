import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "what does a data analyst do at Target" was answered as Target's pay. What a role does, asked
// of its work at an employer, is its duties, said to be the role's in general, not at that employer; so is
// "what does a data scientist at google do", the employer said beside the role. "what does … make at …"
// and "what does <employer> pay …" still ask pay.
describe("what a role does at an employer", () => {
  it.each([
    ["what does a devops engineer do at Walmart", "DevOps Engineer", "Walmart"],
    ["what do data scientists actually do at netflix", "Data Scientist", "Netflix"],
    ["what does a qa engineer do at a startup", "QA Engineer", "startups"],
    // The employer said beside the role, before "do", asks the same.
    ["what does a data scientist at google do", "Data Scientist", "Google"],
    ["what do data scientists at google do", "Data Scientist", "Google"],
    ["What Does A DevOps Engineer At Amazon Do?", "DevOps Engineer", "Amazon"],
    ["what does an sre for netflix do", "Site Reliability Engineer", "Netflix"],
  ])("%s → duties, in general", (asked, role, employer) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`What a${/^[AEIOU]/.test(role) ? "n" : ""} ${role} does`);
    expect(text).toContain(`in general, not at ${employer} in particular`);
    expect(text).not.toContain("pay figures");
  });

  it.each([
    ["what does a devops engineer make at Walmart", "No figures for Walmart"],
    ["what does walmart pay devops engineers", "No figures for Walmart"],
    ["what does a software engineer at google make", "No figures for Google"],
    ["what does a data scientist at google get paid", "No figures for Google"],
    ["devops engineer at amazon", "No figures for Amazon"],
  ])("%s stays pay", (asked, said) => {
    expect(lastAnswerText(asked)).toContain(said);
  });
});
