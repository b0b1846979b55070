import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// A junior sysadmin asking about security engineers, then "what does a senior one make": one role at a
// level, the one asked about, not both sides of the move.
describe("'a senior one' after a move", () => {
  it("is the pay of the role the move leads to", () => {
    const text = lastAnswerText(
      "what skills does a security engineer need? im a junior sysadmin at a county govt office in boise",
      "which of those do i probably not have yet",
      "and what does a senior one make",
    );
    expect(text).toContain("Security Engineer pay");
    expect(text).toContain("no senior level figure for Security Engineer");
    expect(text).not.toContain("System Administrator");
  });
});
