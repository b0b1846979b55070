import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Past bug: an employer's "budget for a <role>" and "what do <role> make starting out" were answered with
// the role's duties. A budget for a role is its pay; pay at the start is the entry level's.

describe("a budget for a role", () => {
  it("is the role's pay, its level and place said to have no figures where there are none", () => {
    const text = answerText(
      "planning headcount for next yr. what should i budget for a *senior devops engineer* in chicago?",
    );
    expect(text).toContain("DevOps Engineer pay");
    expect(text).toContain("no senior level figure for DevOps Engineer");
    expect(text).toContain("no Illinois (Chicago) figure for DevOps Engineer");
    expect(text).not.toContain("What a DevOps Engineer does");
  });

  it("is pay in other wordings", () => {
    expect(answerText("what should we budget for a data scientist")).toContain("Data Scientist pay");
    expect(answerText("how much should i budget for a senior devops engineer")).toContain(
      "DevOps Engineer pay",
    );
  });

  it("is no pay when the budget is for something else", () => {
    expect(answerText("what should i budget for learning courses to become a data analyst")).not.toContain(
      "Data Analyst pay",
    );
  });
});

describe("pay starting out", () => {
  it("is the entry level's pay", () => {
    expect(answerText("what do mles make starting out")).toContain("Machine Learning Engineer, Entry level");
    const text = lastAnswerText(
      "doing a 12 week bootcamp (react/node). full stack or frontend — which is easier to get hired as?",
      "what do full stack devs make starting out?",
    );
    expect(text).toContain("Full Stack Developer pay");
    expect(text).toContain("no entry level figure for Full Stack Developer");
    expect(answerText("how much do sres earn when starting out")).toContain(
      "no entry level figure for Site Reliability Engineer",
    );
  });

  it("leaves the work at the start and getting started alone", () => {
    expect(answerText("what does a data analyst do starting out")).toContain("What a Data Analyst does");
    expect(answerText("how do i get started as a full stack dev")).toContain(
      "How to become a Full Stack Developer",
    );
  });
});
