import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "how much does target pay data analysts" gave Data Analyst's general figures with no word of
// Target, as if they were its own. Between "does" and "pay", with a job named after "pay", whoever pays is
// an employer, even an everyday word ("target", "home", "government"): no figures for it, said first.
const cases: [string, string, string][] = [
  ["how much does target pay data analysts", "No figures for Target", "General figures for Data Analyst"],
  [
    "what does home depot pay it support",
    "No figures for Home Depot",
    "General figures for IT Support Specialist",
  ],
  [
    "what does the government pay security analysts",
    "No figures for Government",
    "General figures for Information Security Analyst",
  ],
];

// Past bug: "epic systems pay for qa engineers? in madison" answered Madison's missing figures, Epic unread.
// One or two words opening the message before "pay" or "pays", with a job after, are the employer; the
// answer names it first, before any place.
const opening: [string, string, string][] = [
  ["epic systems pay for qa engineers? in madison", "No figures for Epic Systems", "No figures for Madison"],
  ["acme pays data analysts how much", "No figures for Acme", "General figures for Data Analyst"],
];

describe("an employer opening a pay question", () => {
  it.each(opening)("%s", (asked, first, then) => {
    const text = lastAnswerText(asked);
    expect(text.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(then)).toBeGreaterThan(text.indexOf(first));
  });

  it.each(["average pay for qa engineers", "entry level pay for data analysts", "starting pay for nurses"])(
    "reads no employer where the opening says which pay: %s",
    (asked) => {
      expect(understand(asked).company).toBeUndefined();
    },
  );
});

describe("an employer in the payer's place", () => {
  it.each(cases)("%s", (asked, first, then) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(first);
    expect(text).toContain(then);
  });

  it.each(["what does a dba pay", "how much does it pay data analysts", "how much does devops pay"])(
    "reads no employer where none pays: %s",
    (asked) => {
      expect(understand(asked).company).toBeUndefined();
    },
  );
});
