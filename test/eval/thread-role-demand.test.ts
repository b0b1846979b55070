import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// After "what does a <role> do", a follow-up asking whether the role is hired or needed at all,
// or whether it is still in demand with a worry beside it, is that role's outlook; never the industries that
// hire it, its duties again, its tools, or a question back. "and remote?" after two roles' pay speaks of both.
const answer = lastAnswerText;

describe("a roleless demand follow-up after a role's duties", () => {
  it("reads 'do companies need them' and its kin as the role's outlook", () => {
    expect(
      answer("what does a distinguished MLE do?? sounds made up lol", "do companies even need them"),
    ).toMatch(/^Outlook for a Distinguished Machine Learning Engineer:/m);
    expect(answer("what does an it support specialist do", "do companies still need them")).toMatch(
      /^Outlook for an IT Support Specialist:/m,
    );
    expect(answer("what does a data architect do", "does anyone even need those anymore")).toMatch(
      /^Outlook for a Data Architect:/m,
    );
  });

  it("keeps the industries when the question asks which companies", () => {
    expect(answer("what does a dmle do", "which companies need them")).toContain(
      "Industries that hire Distinguished Machine Learning Engineers",
    );
  });

  it("reads 'are they hiring these days' as the outlook, not the day-to-day work", () => {
    const text = answer("tell me about *product manager*", "are they hiring these days");
    expect(text).toMatch(/^Outlook for a Product Manager:/m);
    expect(text).not.toContain("What a Product Manager does");
    // Asked of the work itself, "these days" keeps the duties.
    expect(answer("what does a pm do", "what do they do day to day")).toContain(
      "What a Product Manager does",
    );
  });

  it("reads 'in demand still? heard cloud killed them' as the outlook, not the role's tools", () => {
    const text = answer("dba duties pls", "r they in demand still? heard cloud killed them");
    expect(text).toContain(
      "No source measures how much of a Database Administrator's work the cloud may take over",
    );
    expect(text).toContain("Outlook for a Database Administrator:");
    expect(text).not.toContain("names no cloud platforms");
  });
});

describe("'and remote?' after two roles' pay", () => {
  it("says there are no figures on remote work for both roles compared", () => {
    const text = answer("systems analyst or data analyst — which pays more", "in atlanta?", "and remote?");
    expect(text).toContain("no figures on “remote” for Computer Systems Analyst or Data Analyst");
    expect(answer("dba vs sysadmin pay", "remote tho?")).toContain(
      "for Database Administrator or System Administrator",
    );
  });

  // After one role's pay it is that role's pay asked for remote work: none by it, then the national figures.
  it("still speaks of the one role after one role's pay", () => {
    expect(answer("what does an sre make", "and remote?")).toContain(
      "no remote pay figures for Site Reliability Engineer. General (national) figures for Site Reliability Engineer",
    );
  });

  // One role's pay in two places is still one role: "and remote??" asks its pay again, not a second role.
  it("speaks of the one role after its pay was set side by side across places", () => {
    for (const first of ["mle pay nyc vs sf", "devops engineer salary in austin vs seattle"]) {
      const text = answer(first, "and remote??");
      expect(text, first).toMatch(/no remote pay figures for (Machine Learning|DevOps) Engineer/);
      expect(text, first).not.toContain("with which role");
    }
  });
});
