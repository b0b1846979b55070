import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// leftover probe: "data analyst salary at target" gave the general figures as if they were Target's. After
// "at", a known employer whose name is an everyday word ("target"), or a name written with capitals ("at
// Best Buy"), is the employer: no figures for it said first, then the role's general figures, labelled.
describe("an employer named after 'at'", () => {
  it.each([
    ["data analyst salary at target", "Target"],
    ["data analyst pay at Target", "Target"],
    ["data analyst salary at home depot", "Home Depot"],
    ["software engineer salary at Best Buy", "Best Buy"],
    ["data analyst salary at target in texas", "Target"],
  ])("%s → no figures for %s", (asked, employer) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(`No figures for ${employer}: the knowledge base has no ${employer} pay figures`);
    expect(text).toContain(`not ${employer}'s`);
  });

  it.each([
    "data analyst salary at home",
    "what do data scientists make at Home",
    "data analyst salary at entry level",
    "data scientist salary at 30",
    "devops salary at the moment",
    "whats my target salary as a data analyst",
  ])("%s names no employer", (asked) => {
    expect(lastAnswerText(asked)).not.toContain("No figures for");
  });
});
