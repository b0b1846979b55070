import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// u104 #4: an employer no list names, where a pay question puts whoever pays, is said to have no figures
// before the general ones (they were given as if they were that employer's).
describe("an employer no list names, in an employer's slot", () => {
  it.each([
    ["datadog sre TC?", "Datadog", "Site Reliability Engineer"],
    ["acme dba salary", "Acme", "Database Administrator"],
    ["what does booz allen hamilton pay a security engineer?", "Booz Allen Hamilton", "Security Engineer"],
  ])("%s: no figures for %s", (asked, employer, role) => {
    const text = answerText(asked);
    expect(text).toContain(`No figures for ${employer}: the knowledge base has no ${employer} pay figures`);
    expect(text).toContain(`General figures for ${role}`);
  });

  it("leaves a kind of the job heading its clipped name alone", () => {
    expect(answerText("godot dev salary")).not.toContain("No figures for Godot");
  });
});

describe("a government employer named by the place it serves", () => {
  it.each([
    ["what would the state of ohio pay a database administrator?", "State of Ohio"],
    ["what does the state of ohio pay a database administrator?", "State of Ohio"],
    ["what would the city of austin pay a network engineer?", "City of Austin"],
    ["what does a dba make at the state of ohio", "State of Ohio"],
  ])("%s: no figures for %s as an employer, said first", (asked, employer) => {
    const text = answerText(asked);
    expect(text.startsWith(`No figures for ${employer}:`), text.slice(0, 80)).toBe(true);
  });

  it("says the employer has none once, not the place its name holds again", () => {
    const text = answerText("what would the state of ohio pay a database administrator?");
    expect(text).toContain("No figures for State of Ohio:");
    expect(text).not.toContain("No figures for Ohio:");
  });

  it("reads 'in the state of ohio' as the place", () => {
    const text = answerText("what does a dba make in the state of ohio");
    expect(text).toContain("No figures for Ohio:");
    expect(text).not.toContain("State of Ohio");
  });
});
