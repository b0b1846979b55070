import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "i got an offer for 'IT analyst', is it the same as a systems analyst?" was read as the
// systems analyst's outlook ("offer" leaned the classifier to jobs). Whether a title is a role is asked of
// both sides: with the full official layer, the title's occupations are set out beside the role (eval:qa
// t6442); on the committed knowledge alone, the title is said to be unread beside what the role does.
describe("a title asked to be the same as a role", () => {
  it.each([
    "i got an offer for IT analyst, is it the same as a systems analyst?",
    "my title is IT analyst, is it the same as a systems analyst?",
  ])("%s", (q) => {
    expect(understand(q).intent).toBe("compare");
    const text = lastAnswerText(q);
    expect(text).toContain("so I cannot say whether it is a Computer Systems Analyst");
    expect(text).not.toContain("Outlook for a Computer Systems Analyst");
  });
});
