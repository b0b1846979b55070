import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Past bug: "ok what about qa → devops instead" got DevOps's duties; "qa → devops" alone was the move.

describe("a move offered as another case", () => {
  it("is the move, both sides", () => {
    for (const q of ["ok what about qa → devops instead", "what about qa to devops"]) {
      expect(answerText(q), q).toMatch(/^From QA Engineer to DevOps Engineer$/m);
    }
    const text = lastAnswerText(
      "qa tester here, want to go into test automation / SDET. is that something you know about?",
      "ok what about qa → devops instead",
    );
    expect(text).toMatch(/^From QA Engineer to DevOps Engineer$/m);
  });

  it("leaves one role offered as it was", () => {
    expect(answerText("what about data analyst")).toContain("What a Data Analyst does");
  });
});
