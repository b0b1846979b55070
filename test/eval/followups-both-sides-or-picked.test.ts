import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Follow-ups that kept one side of what the thread set side by side, or both sides of a pick.
// Each thread's last answer must be about what is meant, and not say what it said before.
const cases: [string[], string[], string][] = [
  // A place after a move's pay set side by side: both roles there, side by side, not each one's pay apart.
  [
    ["should i go from sysadmin to sre", "what would i earn", "and in denver?"],
    [
      "Pay: Site Reliability Engineer vs System Administrator",
      "No figures for Denver for Site Reliability Engineer or System Administrator",
    ],
    "General figures for Site Reliability Engineer, not Denver's",
  ],
  // A place word with its "one" after a verb picks that role alone.
  [
    ["pm vs engineering manager", "who earns more", "how do u become the second one"],
    ["Getting started as an Engineering Manager"],
    "Product Manager",
  ],
  [
    ["pm vs engineering manager", "who earns more", "what skills does the second one need"],
    ["Skills for an Engineering Manager"],
    "Product Manager",
  ],
  // A role's pay at one employer, then another, weighed: both employers, and none said to pay more.
  [
    ["amazon data engineer salary?", "and at meta?", "which of the two pays more"],
    ["No figures for Meta or Amazon", "so none can be said to pay more", "$139,500"],
    "No figures for Meta:",
  ],
];

describe("follow-ups about both sides, or the one picked", () => {
  it.each(cases)("%j", (messages, said, notSaid) => {
    const text = lastAnswerText(...messages);
    for (const s of said) expect(text).toContain(s);
    expect(text).not.toContain(notSaid);
  });
});
