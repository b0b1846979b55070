import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "does it have google numbers for ds": figures asked of an employer are its pay for the role, said to have
// none where the knowledge has none, never the role's duties or schooling.
describe("an employer's numbers asked for", () => {
  it("says there are none for the employer and gives the general pay", () => {
    const text = lastAnswerText(
      "anyone know data scientist comp at netflix? trying to benchmark an offer",
      "does it have google numbers for ds at least",
    );
    expect(text).toContain("the knowledge base has no Google pay figures for Data Scientist");
    expect(text).not.toContain("What a Data Scientist does");
  });

  it("gives the employer's figures where there are some", () => {
    expect(lastAnswerText("mle pay", "any meta numbers?")).toContain("Machine Learning Engineer pay at Meta");
  });
});
