import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Follow-ups typed fast in Slack: a misspelt word of pay or outlook alone ("salry?") and "pay in <city>?"
// with a city the knowledge has no figures for. Both ask of the thread's role, never "nothing on salry"
// nor "I don't know a role called cleveland".
const answer = lastAnswerText;

describe("a misspelt word alone in a thread", () => {
  it.each([
    ["dba salary", "salry?", "Database Administrator pay"],
    ["what does a data architect do", "whats the outlok", "Outlook for a Data Architect"],
    ["sre vs devops", "salry?", "Pay: Site Reliability Engineer vs DevOps Engineer"],
  ])("%s, then %s", (first, followUp, said) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("has nothing on");
  });

  it("is still off topic with no thread", () => {
    expect(answer("is it gonna rain tmrw")).toContain("That's outside what I know about.");
  });
});

describe("'pay in <city>?' for a city with no figures", () => {
  it.each([
    ["dba salary", "pay in cleveland?", "No figures for Ohio", "Database Administrator"],
    ["dba salary", "salary in oklahoma city", "No figures for Oklahoma", "Database Administrator"],
    ["sre vs devops pay", "pay in atlanta?", "No figures for Atlanta", "DevOps Engineer"],
  ])("%s, then %s", (first, followUp, said, role) => {
    const text = answer(first, followUp);
    expect(text).toContain(said);
    expect(text).toContain(role);
    expect(text).not.toContain("I don't know a role called");
  });

  it("asks which role with no thread", () => {
    expect(answer("pay in cleveland?")).toContain("Which role do you mean?");
  });
});

describe("'pay in <city>?' whose name holds a place with figures", () => {
  it("reads the whole name, not the state inside it", () => {
    const text = answer("dba salary", "pay in washington dc?");
    expect(text).toContain("No figures for Washington, DC");
    expect(text).not.toContain("Washington State");
  });

  it("reads a city named with its state", () => {
    expect(answer("dba salary", "pay in cambridge ma?")).toContain("No figures for Cambridge, MA");
  });
});
