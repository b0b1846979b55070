import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// A move between an occupation and a role asked with a word of pay or outlook is still the move,
// both sides set side by side (the occupation's figures are the eval corpus's: the tests' knowledge holds
// the curated roles' occupations only, so a move to an occupation is the corpus's too); and "is the job market ok for that" in a thread is the outlook of
// what the thread is about.
describe("a move from an occupation asked with a pay or outlook word", () => {
  it.each([
    ["electrician to IT support specialist, how much more would i earn", "IT Support Specialist"],
    ["accountant → data analyst, how much would i make", "Data Analyst"],
    ["been a nurse 8 yrs, thinking of getting into IT. is it worth it money wise?", "IT Support Specialist"],
    ["plumber to data analyst, how much would i earn", "Data Analyst"],
  ])("%s: the move, not the role's pay alone", (q, role) => {
    const text = answerText(q);
    expect(text).toMatch(new RegExp(`^From .* to ${role}$`, "im"));
    expect(text).toContain("Pay side by side");
    expect(text).not.toMatch(new RegExp(`^${role} pay:`, "im"));
  });
});

describe("the job market 'for that' in a thread", () => {
  it.each([
    [
      ["im a social worker, could i move into IT support", "is the job market ok for that"],
      "IT Support Specialist",
    ],
    [
      ["civil engineer thinking of switching to software development", "hows the job market for that"],
      "Software Engineer",
    ],
    [
      [
        "police officer, want to move into cybersecurity",
        "is the market ok for that, heard entry level cyber is brutal",
      ],
      "Information Security Analyst",
    ],
    [
      ["nurse wanting to become a security analyst", "how long", "is the job market ok for that?"],
      "Information Security Analyst",
    ],
  ])("%j: the thread role's outlook", (messages, role) => {
    const text = lastAnswerText(...messages);
    expect(text).toMatch(new RegExp(`^Outlook for an? ${role}:`, "im"));
    expect(text).not.toContain("global machine learning market");
  });
});

describe("a move from an occupation read whatever else the message says", () => {
  it.each([
    ["pharmacy tech wanting to move into it, pay?", "IT Support Specialist"],
    ["truck driver wanting to learn to code and become a full stack dev", "Full Stack Developer"],
  ])("%s: the move, both sides", (q, role) => {
    const text = answerText(q);
    expect(text).toMatch(new RegExp(`^From .* to ${role}$`, "im"));
    expect(text).toContain("Pay side by side");
  });
});

describe("certifications and time after a move into IT", () => {
  it("answers the certifications of the IT role picked after an occupation's answer", () => {
    const certs = lastAnswerText("chef here. into IT or stay put?", "ok so IT support - what certs");
    expect(certs).toMatch(/^Certifications for an IT Support Specialist:/m);
    const aPlus = lastAnswerText(
      "chef here. into IT or stay put?",
      "ok so IT support - what certs",
      "is comptia a+ enough?",
    );
    expect(aPlus).toContain("do not name CompTIA A+");
  });

  it("answers 'and how long before im employable' after certs as the way in, no question back", () => {
    const text = lastAnswerText(
      "graphic designer wanting to move into front end",
      "what certs would help",
      "and how long before im employable",
    );
    expect(text).toMatch(/^How to become a Front-End Developer:/m);
    expect(text).toContain("The sources give no timeline");
  });
});
