import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A place asked after a role's or a pair's answer ("how much in los angeles", "and in alabama?"): the pay
// there, said plainly to have no figures where the knowledge has none, never the role's duties because
// the place's name had two words or was not a place the knowledge knew.
const answer = lastAnswerText;

describe("a place of several words asked in a thread", () => {
  it.each([
    ["dba salary", "how much in los angeles", "No figures for Los Angeles", "Database Administrator"],
    [
      "what does a dba do",
      "how much in cambridge ma",
      "No figures for Cambridge, MA",
      "Database Administrator",
    ],
    ["qa engineer salary", "how much in salt lake city", "No figures for Utah", "QA Engineer"],
    [
      "swe vs mle pay",
      "how much in washington dc",
      "No figures for Washington, DC",
      "Machine Learning Engineer",
    ],
  ])("%s, then %s", (first, followUp, said, role) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).toContain(role);
    expect(text).not.toContain("does:");
  });
});

describe("a US state or city no entry held before", () => {
  it.each([
    ["dba salary", "and in alabama?", "No figures for Alabama"],
    [
      "sre vs devops pay",
      "and in west virginia?",
      "No figures for West Virginia for Site Reliability Engineer or DevOps Engineer",
    ],
    ["data analyst salary", "what about kentucky", "No figures for Kentucky"],
    ["it support salary", "in oklahoma?", "No figures for Oklahoma"],
    ["qa engineer salary", "what about new orleans", "No figures for Louisiana"],
    ["network admin salary", "in jacksonville?", "No figures for Florida"],
  ])("%s, then %s", (first, followUp, said) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("The knowledge base has nothing on");
  });

  it("gives the state's figures for a city within a state the knowledge has", () => {
    const text = answer("mle salary", "what about fort worth");
    expect(text).toContain("No figures for Fort Worth");
    expect(text).toContain("Machine Learning Engineer, Texas (Austin, Dallas): $150,000");
  });
});

describe("a place whose name ends in a word the classifier reads otherwise", () => {
  it.each([
    ["what does that role pay in kansas city", "No figures for Missouri"],
    ["what does that role pay in salt lake city", "No figures for Utah"],
    ["what does that role pay in oklahoma city", "No figures for Oklahoma"],
  ])("dba salary, then %s", (followUp, said) => {
    const text = answer("dba salary", followUp);
    expect(text).toContain(said);
    expect(text).toContain("Database Administrator");
    expect(text).not.toContain("does:");
  });
});

describe("a city without figures inside a state with some, after a pay comparison", () => {
  it.each([
    ["compare mle and swe", "what about boston", "Average salary, Massachusetts: $155,000", "Massachusetts"],
    [
      "mle vs ds pay",
      "how about in houston",
      "Average salary, Texas (Austin, Dallas): $150,000",
      "Texas (Austin, Dallas)",
    ],
  ])("%s, then %s", (first, followUp, figure, state) => {
    const text = answer(first, followUp);
    expect(text).toContain(`those for ${state}, which contains it, are shown`);
    expect(text).toContain(figure);
    expect(text).toContain(`Only Machine Learning Engineer has a ${state} figure`);
  });

  it("says no figures for the city when no side has the state's", () => {
    expect(answer("sre vs devops pay", "and in houston?")).toContain(
      "No figures for Houston for Site Reliability Engineer or DevOps Engineer",
    );
  });
});
