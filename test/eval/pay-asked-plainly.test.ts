import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Pay asked in words other questions use too ("what do they pay" after "jobs"), and an employer named
// where only an occupation's official figures answer: pay given, and what it is not said first.
const answer = lastAnswerText;

describe("a question that asks what a role's jobs pay", () => {
  it("is answered with pay, not duties", () => {
    const text = answer("tech support / IT jobs entry level what do they pay");
    expect(text).toMatch(/^IT Support Specialist pay/);
    expect(text).toContain("The knowledge base has no entry level figure for IT Support Specialist");
    expect(text).toContain("$61,860");
    expect(text).not.toContain("What an IT Support Specialist does");
  });

  it("reads pay 'starting out' as the entry level's", () => {
    expect(answer("help desk jobs, what do they pay starting out")).toContain(
      "The knowledge base has no entry level figure for IT Support Specialist",
    );
    expect(answer("what does an ml engineer make starting out")).toContain("$96,000 – $152,601");
  });
});

describe("an employer named for an occupation with official figures only", () => {
  it("says there are no figures for the employer, as a curated role's answer does", () => {
    const text = answer("how much do IT managers make at google");
    expect(text).toContain("Computer and Information Systems Managers (SOC 11-3021)");
    expect(text).toContain("No figures for Google: the official figures are the whole occupation's");
  });

  it("says so for an employer asked after the occupation", () => {
    const text = answer("web developer salary", "what about at amazon");
    expect(text).toContain("Web Developers (SOC 15-1254)");
    expect(text).toContain("No figures for Amazon");
    expect(text).toContain("$92,650");
  });
});

describe("pay asked in an everyday phrase", () => {
  it("reads 'whats the going rate' and 'compare pay wise' as the role's pay", () => {
    const rate = answer("IT dept at my company is hiring a network administrator, whats the going rate");
    expect(rate).toContain("Network Administrator pay");
    expect(rate).not.toContain("Industries");
    const wise = answer("i do IT at a hospital, how do sysadmins compare pay wise");
    expect(wise).toContain("System Administrator pay");
    expect(wise).not.toContain("What a System Administrator does");
  });

  it("reads 'pay bump?' after a move as both sides' pay, not a role called bump", () => {
    const text = answer(
      "im a front end dev thinking about going full stack",
      "what do i need to learn",
      "pay bump?",
    );
    expect(text).toContain("Pay: Full Stack Developer vs Front-End Developer");
    expect(text).not.toContain('role called "bump"');
  });
});
