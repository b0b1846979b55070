import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A read-only review of this session's rules found them reading ordinary words; each was confirmed
// against the commit before them and narrowed. Tried on wordings other than the review's.
describe("rules narrowed after review", () => {
  it.each([
    "how much do data engineers make in hft",
    "what do sres earn in lcol",
    "qa engineer salary in mncs",
  ])("%s: shorthand for a kind of employer or cost of living is no place", (asked) => {
    expect(lastAnswerText(asked)).not.toContain("No figures for");
  });

  it("remote work after 'in' stays remote work", () => {
    expect(lastAnswerText("how much does a data analyst make in wfh")).toContain(
      "No figures for remote work",
    );
  });

  it("a place's name typed in lower case is still one", () => {
    expect(lastAnswerText("devops salary in spokane")).toContain("No figures for Spokane");
  });

  it.each([
    ["does a data analyst need negotiation skills", "Data Analyst"],
    ["is negotiating with vendors part of an engineering manager's job", "Engineering Manager"],
  ])("%s: negotiating as a skill or duty is no pay question", (asked, role) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(role);
    expect(text).not.toContain("The knowledge holds nothing on negotiating pay");
  });

  it.each(["which college should i go to", "what city should i move to for tech"])(
    "%s: where to study or live is no open career move",
    (asked) => {
      expect(lastAnswerText(asked)).not.toContain("Which of these roles do you hold now?");
    },
  );

  it("the salary command hands 'v' and 'wfh' to the question reader", () => {
    expect(lastAnswerText("salary sre seattle v nyc")).toContain(
      "Pay: Site Reliability Engineer, Seattle, WA vs Site Reliability Engineer, New York City, NY",
    );
    expect(lastAnswerText("salary qa engineer wfh")).toContain("No figures for remote work");
  });
});
