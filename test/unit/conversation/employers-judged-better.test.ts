import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// After one role's pay at two employers, "which one is better" judges by nothing else named: the pay at
// both employers, at the level asked, each said to lack figures where it does (not the field's trends).
describe("'which one is better' after pay at two employers", () => {
  it("weighs the two employers' pay at the level asked", () => {
    const text = lastAnswerText("google vs meta ml engineer pay", "which one is better for a senior");
    expect(text).toContain("No figures for Google");
    expect(text).toContain("No senior level figures at Meta");
    expect(text).toContain("Machine Learning Engineer, Senior level: $177,177 – $184,000");
    expect(text).not.toContain("ML trends");
  });

  it("keeps the level when it is said as a rung", () => {
    const text = lastAnswerText("mle pay at meta vs amazon", "which is better at senior level");
    expect(text).toContain("No figures for Amazon");
    expect(text).toContain("Senior level");
    expect(text).not.toContain("Career path");
  });

  it("is no pay question when another measure is named", () => {
    const text = lastAnswerText(
      "google vs meta ml engineer pay",
      "which one is better for work life balance",
    );
    expect(text).toContain("nothing on work-life balance");
  });
});
