import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "would network admin be better long term" read as outlook only as a guess, and a guessed reading with a
// role named was answered with what the role does. A role judged for the years ahead ("better long term", "a
// safer bet long term", "good for the long haul", "down the road") is its outlook, in a thread or not.
describe("a role judged for the long term", () => {
  it.each([
    ["would network admin be better long term", "Outlook for a Network Administrator"],
    ["would data analyst be good for the long haul", "Outlook for a Data Analyst"],
    ["would network admin be a better bet down the road", "Outlook for a Network Administrator"],
  ])("%s → %s", (asked, said) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(said);
    expect(text).not.toMatch(/^What an? .* does:/);
  });

  it.each([
    "would network admin be better long term",
    "is network admin a safer bet long term",
    "would network admin be good for the long haul",
  ])("after a truck driver asked how to become one: %s → its outlook", (asked) => {
    const text = lastAnswerText(
      "i drive trucks for a living, thinking about IT",
      "how do i become a network admin",
      asked,
    );
    expect(text).toContain("Outlook for a Network Administrator");
  });

  it("reads 'it' as the thread's role", () => {
    expect(lastAnswerText("how do i become a data engineer", "would it be better long term")).toContain(
      "Outlook for a Software Data Engineer",
    );
  });

  it("leaves the long term of a path, of skills or of a move to their own answers", () => {
    expect(lastAnswerText("long term career path for a data analyst")).toContain(
      "Career path for a Data Analyst",
    );
    expect(lastAnswerText("what skills will matter long term for a data engineer")).toContain(
      "Skills for a Software Data Engineer",
    );
    expect(lastAnswerText("sysadmin to devops, better long term?")).toContain(
      "From System Administrator to DevOps Engineer",
    );
  });
});
