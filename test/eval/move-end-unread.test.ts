import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// A move whose end names no role says so and asks where it leads; a
// move between two names of one role says they are one; a salary command's place stays for a correction.
describe("a move whose end names no role", () => {
  // (An individual contributor, "IC", is read as Software Engineer beside an EM: move-ic-and-arrows.test.ts.)
  it.each([["from data analyst to growth hacker, pay?", "growth hacker", "Data Analyst"]])(
    "says what it could not read and asks back: %s",
    (q, unread, start) => {
      const text = answerText(q);
      expect(text).toContain(`I could not read "${unread}" as a role I know.`);
      expect(text).toContain(`Which role do you want to move to from ${start}?`);
      expect(text).not.toContain("Median annual wage");
    },
  );

  it("says two names of one role are one", () => {
    expect(answerText("from qa to sdet, pay?")).toContain("“qa” and “sdet” name one role here: QA Engineer.");
  });

  it.each([
    "is swe hard to learn",
    "data analyst to start with?",
    "sysadmin here, what's the outlook for system administrator",
  ])("reads no move where none is made: %s", (q) => {
    const text = answerText(q);
    expect(text).not.toContain("I could not read");
    expect(text).not.toContain("name one role here");
  });
});

describe("a correction after a salary command with a place", () => {
  it("keeps the place", () => {
    const text = lastAnswerText("salary for a sotware eng in austin", "*software engineer");
    expect(text).toContain("no Texas (Austin, Dallas) figure for Software Engineer");
  });
});
