import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "what are my options?" from a role held was answered with the role's duties (or the help text),
// and "get into tech" read "into tech" as a job title the knowledge lacks.

describe("my options, from a role held", () => {
  it("are where the role leads: its path and related roles", () => {
    for (const q of [
      "sysadmin for 10 years, feeling stuck. what are my options?",
      "sysadmin, what are my options?",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("Career path for a System Administrator");
      expect(text, q).toContain("Site Reliability Engineer");
    }
    expect(answerText("i'm a qa engineer, what are my options from here?")).toContain(
      "Career path for a QA Engineer",
    );
  });

  it("are no path when asked of something else", () => {
    expect(answerText("what are my options for certs as a data analyst")).not.toContain("Career path");
  });
});

describe("a way into tech with no role named", () => {
  it("is the roles that need the least to enter, never a title 'into tech'", () => {
    for (const q of [
      "how do i get into tech with an english lit degree and zero experience",
      "how do i break into tech",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("The roles here that need the least to enter");
      expect(text, q).not.toContain("I don't cover");
    }
  });
});
