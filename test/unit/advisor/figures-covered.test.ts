import { describe, expect, it } from "vitest";
import { answerText } from "../../support/questions.js";

// "which companies do you have numbers for": the employers the knowledge holds pay figures for, with the
// roles they are for, never the list of roles or a market figure.
describe("which employers or places the advisor holds pay figures for", () => {
  it("lists the employers with pay figures, each with its roles and figures", () => {
    for (const q of ["which companies do you have numbers for", "what employers do you have pay for"]) {
      const text = answerText(q);
      expect(text).toContain("The employers I hold pay figures for, and the roles they are for:");
      expect(text).toContain("Meta: Machine Learning Engineer");
      expect(text).toContain("Meta, entry-level starting salary: about $169,050");
      expect(text).not.toContain("Roles I know");
    }
  });

  it("says which employers' level names it reads though it holds no pay of theirs", () => {
    expect(answerText("what companies do you cover")).toContain(
      "I can read the level names of Google, Amazon and Microsoft (such as L5 or SDE II) as levels, but hold no pay figures of theirs.",
    );
  });

  it("lists the places with pay figures", () => {
    const text = answerText("which cities do you have numbers for");
    expect(text).toContain("The places I hold pay figures for");
    expect(text).toContain("Seattle, WA: Machine Learning Engineer");
  });

  it("leaves a ranking of employers to the ranking", () => {
    expect(answerText("which companies pay mles the most")).not.toContain(
      "The employers I hold pay figures for",
    );
  });
});
