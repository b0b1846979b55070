import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/knowledge/core/text.js";
import { itFieldPositions } from "../../src/understanding/it/it-word.js";
import { lastAnswerText } from "../support/questions.js";

// Sweep of "it"/"IT" before job words (issue 21, class 1): lower-case "it" before the head of an IT title
// ("it auditor", "it intern"), after "do" ("how much do it support people earn"), before "help desk" after a
// verb, or judged with no thread ("is it support stressful"), is the field; IT in front of a role's name is
// part of that name ("it helpdesk techs"). O*NET's "IT Tech"/"IT Admin" never take a pronoun "it".
const answer = lastAnswerText;
const field = (q: string, threadHasRole = false) => [...itFieldPositions(q, tokenize(q), threadHasRole)];

describe("'it' before the head of an IT title", () => {
  it.each([
    ["it auditor salary", [0]],
    ["it trainer salary", [0]],
    ["it intern pay", [0]],
    ["how much do it recruiters earn", [3]],
    ["how much do it support people earn", [3]],
    ["is it help desk a good job", [1]],
    ["is it support stressful", [1]],
  ])("%s reads the field", (q, at) => {
    expect(field(q)).toEqual(at);
  });

  it.each([
    ["is it manager track or ic track", false],
    ["does it support people working remotely", true],
    ["is it support stressful", true],
  ])("%s keeps the pronoun (thread role: %s)", (q, threadHasRole) => {
    expect(field(q, threadHasRole)).toEqual([]);
  });
});

describe("an IT job asked about, answered as its role, never a question back", () => {
  it.each([
    [
      "how much do it support people make in texas",
      "IT Support Specialist pay",
      "no Texas (Austin, Dallas) figure",
    ],
    ["it intern pay", "IT Support Specialist pay", "usual way into IT"],
    ["is it help desk a good job", "Outlook for an IT Support Specialist", "-3.7%"],
    ["are it helpdesk techs in demand", "Outlook for an IT Support Specialist", "-3.7%"],
    [
      "is it support stressful",
      "whether working as an IT Support Specialist is stressful",
      "What an IT Support Specialist does",
    ],
  ])("%s", (q, heading, fact) => {
    const text = answer(q);
    expect(text).toContain(heading);
    expect(text).toContain(fact);
    expect(text).not.toContain("Which role do you mean?");
    expect(text).not.toContain("ML engineer");
  });
});

describe("'it' the pronoun before a word O*NET pairs with IT", () => {
  it.each(["is it tech heavy", "is it admin work"])("%s stays on the thread's role", (followUp) => {
    const text = answer("backend developer salary", followUp);
    expect(text).toContain("Back-End Developer");
    expect(text).not.toContain("IT Support Specialist");
    expect(text).not.toContain("it admin");
  });
});
