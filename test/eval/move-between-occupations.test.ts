import { describe, expect, it } from "vitest";
import { renderText } from "../../src/render/plain-text.js";
import { answerText, thread } from "../support/questions.js";

// Move sweep: a move from one occupation to another named ("nurse to teacher"), alone or after a move
// into a role, is no move into tech: the usual ways into tech do not lead the answer.
describe("a move between two occupations", () => {
  it("does not lead with the ways into tech", () => {
    for (const q of ["should i go from nurse to teacher", "accountant to nurse?"])
      expect(answerText(q)).not.toContain("To get into tech from");
    const [, after] = thread(
      "should i move from teacher to data analyst",
      "what about from nurse to teacher",
    );
    expect(renderText(after as never)).not.toContain("To get into tech from");
  });
});
