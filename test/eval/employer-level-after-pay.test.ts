import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// "sde2 specifically" after an employer's pay: the employer's own name for a level, typed with a digit or
// joined ("sde2", "sde 2"), is that level on the employer's ladder, and said alone it asks the pay again
// there. Before, "sde2" was the role's duties (the classifier reads levels as a career path).
describe("an employer's level name after its pay", () => {
  it("asks the employer's pay at that level", () => {
    for (const level of ["sde2 specifically", "sde 2?", "what about sde ii"]) {
      const text = lastAnswerText(
        "im a backend dev at a series b logistics startup making 135k, amazon would pay more right?",
        level,
      );
      expect(text, level).toContain("SDE II at Amazon is read as Mid level");
      expect(text, level).toContain("No figures for Amazon");
    }
  });

  it("reads the level typed with a digit beside its employer", () => {
    expect(answerText("how much does microsoft pay an sde2")).toContain(
      "SDE II at Microsoft is read as Mid level",
    );
  });
});
