import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Every side of a comparison is read through its typos: a doubled letter typed once ("ful stack", which a
// word of three letters allowed no typo for) and a one-word name typed apart with a slip ("fornt end" for
// "frontend"). Before, either side was left unread and the answer was a question back or a career-path note.
describe("typos on each side of a comparison", () => {
  it("compares front-end and full-stack developers however each is misspelt", () => {
    for (const q of [
      "fornt end vs ful stack dev whats the diff and who gets paid more",
      "fornt end vs full stack dev",
      "front end vs ful stack dev",
    ])
      expect(answerText(q), q).toContain("Front-End Developer vs Full Stack Developer");
  });

  it("adds a misspelt third role to the comparison", () => {
    const text = lastAnswerText(
      "fornt end vs ful stack dev whats the diff and who gets paid more",
      "and mobil dev?",
    );
    expect(text).toContain("Front-End Developer vs Full Stack Developer vs Mobile Developer");
  });

  it("does not read a name with a number or a sign beside it as a name cut in two", () => {
    expect(answerText("sysadmin, 8 years. is sre a good move?")).toContain(
      "From System Administrator to Site Reliability Engineer",
    );
  });
});
