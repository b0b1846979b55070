import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// "sre vs devops at google" compared the two roles with no word of Google, and "sre vs devops salary at
// google" gave each role's pay apart, each saying again that Google has no figures. Roles set side by side at
// an employer the knowledge has no figures for: said once, first, then the general comparison.
const times = (text: string, said: string) => text.split(said).length - 1;

describe("roles compared at an employer with no figures", () => {
  it.each([
    ["sre vs devops at google", "Site Reliability Engineer vs DevOps Engineer", "Google"],
    [
      "how do software engineer and data scientist compare at amazon",
      "Software Engineer vs Data Scientist",
      "Amazon",
    ],
    [
      "cloud architect or devops engineer at accenture, which is better",
      "Cloud Architect vs DevOps Engineer",
      "Accenture",
    ],
  ])("%s: the comparison, said first to have no figures for the employer", (asked, heading, employer) => {
    const text = answerText(asked);
    expect(text).toContain(heading);
    expect(times(text, `No figures for ${employer}`)).toBe(1);
    expect(text.indexOf(`No figures for ${employer}`)).toBeLessThan(text.indexOf("What they do"));
    expect(text).toContain(`The pay below is general, not ${employer}'s.`);
  });

  it.each([
    "sre vs devops salary at google",
    "compare sre and devops pay at google",
    "what do sres and devops engineers make at google",
  ])("%s: both roles' pay side by side, the employer said once", (asked) => {
    const text = answerText(asked);
    expect(text).toContain("Pay: Site Reliability Engineer vs DevOps Engineer");
    expect(times(text, "No figures for Google")).toBe(1);
  });

  it("says once that no figure is by kind of employer ('sre vs devops pay at startups')", () => {
    const text = answerText("sre vs devops pay at startups");
    expect(text).toContain("Pay: Site Reliability Engineer vs DevOps Engineer");
    expect(times(text, "No figures by kind of company")).toBe(1);
  });

  it("after a comparison, 'what about at walmart?' is both roles' pay, Walmart said once", () => {
    const text = lastAnswerText("compare qa and devops", "what about at walmart?");
    expect(text).toContain("Pay: QA Engineer vs DevOps Engineer");
    expect(times(text, "No figures for Walmart")).toBe(1);
  });

  it("keeps the employer's own figures where a role has some ('mle vs data scientist pay at meta')", () => {
    const text = answerText("mle vs data scientist pay at meta");
    expect(text).toContain("Machine Learning Engineer pay at Meta");
  });

  it("reads what two roles make as their pay, not what they share", () => {
    expect(answerText("what do data scientists and data analysts earn")).toContain(
      "Pay: Data Scientist vs Data Analyst",
    );
  });
});
