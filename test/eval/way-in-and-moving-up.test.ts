import { describe, expect, it } from "vitest";
import { lastAnswerText as answer } from "../support/questions.js";

// Slack threads typed the way engineers type. "how do i get in" after a role read as off topic;
// "compare X vs Y pay" read as the whole comparison, not pay; "what skills should i learn to move up" after
// a role's pay answered how to become that role.

describe("getting in asked with 'get in' or 'break in'", () => {
  it("is the way into the thread's role, in whichever words", () => {
    for (const followUp of ["so how does someone get in?", "how could u get in", "how do people break in"]) {
      const text = answer("what does a network architect do", followUp);
      expect(text, followUp).toMatch(/^Getting started as a Network Architect:/m);
      expect(text, followUp).not.toContain("outside what I know about");
    }
  });

  it("is the way into a role named in the same message", () => {
    const text = answer("how would i get in as a qa engineer");
    expect(text).toMatch(/QA Engineer/);
    expect(text).not.toContain("outside what I know about");
  });

  it("is the way into the thread's occupation, from its official figures", () => {
    // The test knowledge's official layer holds the IT occupations only.
    const text = answer("it manager salary", "how would someone get in?");
    expect(text).toMatch(/^Computer and Information Systems Managers \(SOC 11-3021\)/m);
    expect(text).toContain("To become one, by BLS Employment Projections, 2024–34");
  });

  it("is the way into each role after a comparison of two", () => {
    const text = answer("sre vs devops", "how would someone break in?");
    expect(text).toContain("Site Reliability Engineer");
    expect(text).toContain("DevOps Engineer");
    expect(text).not.toContain("outside what I know about");
  });

  it("stays the move's answer after a move", () => {
    const text = answer("i'm a data analyst, thinking of moving to data science", "how do i get in");
    expect(text).toMatch(/From Data Analyst to Data Scientist/);
  });

  it("asks which role when nothing before names one", () => {
    for (const alone of ["how can someone get in?", "how would i break in"]) {
      const text = answer(alone);
      expect(text, alone).toContain("Which role do you mean?");
    }
  });

  it("leaves 'get in' followed by other words alone", () => {
    const text = answer("how do i get in shape for a marathon");
    expect(text).not.toMatch(/^Getting started as/m);
  });
});

describe("two roles asked to be compared on pay", () => {
  it("is their pay side by side, not every aspect of them", () => {
    for (const question of [
      "compare sre and devops pay",
      "comparing data architect with dba compensation",
      "compare frontend and fullstack earnings",
    ]) {
      const text = answer(question);
      expect(text, question).toMatch(/^Pay: /m);
      expect(text, question).not.toContain("What they do:");
    }
  });

  it("still compares everything when no word of pay is said", () => {
    expect(answer("compare sre and devops")).toContain("What they do:");
  });
});

describe("what to learn to go up in the thread's role", () => {
  it("is the role's skills, not how to become it", () => {
    for (const followUp of [
      "what do i need to learn to advance",
      "what should i study to get a promotion",
      "what to learn to level up",
    ]) {
      const text = answer("how much does a data analyst make", followUp);
      expect(text, followUp).toMatch(/^Skills for a Data Analyst:/m);
      expect(text, followUp).not.toMatch(/How to become a Data Analyst/);
    }
  });

  it("stays the move's gap after a move", () => {
    const text = answer("thinking of going from qa to devops", "what should i learn to move up");
    expect(text).toMatch(/From QA Engineer to DevOps Engineer/);
  });
});
