import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "how does that compare to meta" after Google's pay for ML engineers asked back which role to compare with.
describe("an employer set beside the pay just answered", () => {
  it("asks the thread's role's pay at that employer", () => {
    const text = lastAnswerText(
      "what does google pay ML engineers out of school?",
      "how does that compare to meta",
    );
    expect(text).toContain("Machine Learning Engineer pay at Meta");
    expect(text).not.toContain("with which role?");
  });

  it("says it has no figures where the employer has none", () => {
    expect(lastAnswerText("data scientist salary", "how does it stack up against amazon")).toContain(
      "No figures for Amazon",
    );
  });
});
