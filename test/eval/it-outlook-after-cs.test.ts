import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// IT weighed against computer science in what was said, then the field's outlook asked last: the question is
// the outlook, IT's roles by growth, with the field against the subject only a line before them.
describe("IT's outlook asked after IT was set against computer science", () => {
  it("ranks IT's roles by growth, the comparison one line before", () => {
    for (const q of [
      "my advisor says IT is a dead end compared to cs. whats the outlook for IT jobs",
      "my advisor says IT is a dead end compared to cs, whats the outlook for IT jobs",
      "my advisor says IT is a dead end compared to cs whats the outlook for IT jobs",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("Fastest growing IT roles");
      expect(text, q).toContain("no source weighs the two");
      expect(text, q).toContain("Information Security Analyst");
    }
  });

  it("keeps the field against the subject where that is what is asked", () => {
    const text = answerText("whats the difference between IT and cs");
    expect(text).toContain("IT names a field of work; computer science is a subject of study.");
    expect(text).not.toContain("Fastest growing IT roles");
  });
});
