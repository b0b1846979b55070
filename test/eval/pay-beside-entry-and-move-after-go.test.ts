import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText } from "../support/questions.js";

// "torn between frontend, backend and full stack, which has better pay and is easier to get hired": pay asked
// beside getting hired is answered too (before: only what each asks to enter, the pay left out).
describe("pay asked beside getting hired", () => {
  it("says each role's median with what each asks to enter", () => {
    const text = answerText(
      "stuck between frontend, backend and full stack, which has better pay and which is easier to get hired for a bootcamp grad",
    );
    expect(text).toContain("typically bachelor's degree");
    expect(text).toContain(
      "Pay, by median annual wage (BLS OEWS; base pay only): Front-End Developer: $92,650;",
    );
    expect(text).toContain("Back-End Developer's is the highest.");
  });

  it("says no pay where only getting hired is asked", () => {
    const text = answerText("which is easier to get into, help desk or network admin");
    expect(text).toContain("IT Support Specialist asks less education to enter");
    expect(text).not.toContain("Pay, by median annual wage");
  });
});

// "realistic to go warehouse → help desk in 6 months?": the place of work right after a verb of moving is
// where the move starts, "from" left out (before: the certifications or the path of the role alone, the
// warehouse job and its pay dropped); "what would the pay jump look like" then sets both sides' pay.
describe.skipIf(!officialLayerInstalled)("a move from a place of work said after 'go'", () => {
  it("answers the move with both sides' pay, and the pay jump after it", () => {
    const cases: [string, string][] = [
      [
        "i do nights at a warehouse and study for the google it cert. realistic to go warehouse → help desk by spring?",
        "From Laborers and Freight, Stock, and Material Movers, Hand to IT Support Specialist",
      ],
      ["is it smart to switch construction to data analyst", "From Construction Laborers to Data Analyst"],
      ["could i go retail -> help desk by summer", "From Retail Salespersons to IT Support Specialist"],
    ];
    for (const [q, said] of cases) {
      const text = saidWithLayer(q);
      expect(text, q).toContain(said);
      expect(text, q).toContain("Pay side by side:");
    }
    const jump = saidWithLayer(
      "realistic to go warehouse → it support in 6 months?",
      "how big would the pay jump be",
    );
    expect(jump).toContain(
      "Pay: Laborers and Freight, Stock, and Material Movers, Hand vs IT Support Specialist",
    );
  });
});
