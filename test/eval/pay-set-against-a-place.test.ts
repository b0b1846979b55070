import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// After one role's pay, "how does that compare to the uk" sets the role's pay against a place alone: its pay
// there, said first to have no figures abroad (before, a question back asking which role to compare with).
describe("the thread's pay set against a place", () => {
  it("answers the role's pay, saying there are no figures outside the US", () => {
    const uk = lastAnswerText("what do data scientists make", "how does that compare to the uk");
    expect(uk).toContain("No figures for United Kingdom (outside the US");
    expect(uk).toContain("$120,230");
    const manchester = lastAnswerText(
      "what do data scientists make in the us",
      "im in manchester, how does that compare to over here",
    );
    expect(manchester).toContain("No figures for Manchester (outside the US");
    expect(manchester).not.toContain("with which role");
  });
});
