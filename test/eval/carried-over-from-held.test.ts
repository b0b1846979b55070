import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "which of my skills carry over" after a move from a job held whose title names several occupations: the
// move from it (before, the way into the role from nothing, the job held dropped).
describe.skipIf(!officialLayerInstalled)("what carries over from a job held of several occupations", () => {
  it("is the move from it", () => {
    const cases: [string, string, string][] = [
      [
        "im a tech artist at a game studio thinking about front end",
        "which of my skills carry over",
        "From artist to Front-End Developer",
      ],
      ["im a teacher thinking about data analyst", "what skills transfer", "From teacher to Data Analyst"],
      [
        "im a teacher thinking about data analyst",
        "what would i already have",
        "From teacher to Data Analyst",
      ],
    ];
    for (const [held, asked, move] of cases) {
      const text = saidWithLayer(held, asked);
      expect(text, asked).toContain(move);
      expect(text, asked).not.toContain("How to become");
    }
  });

  it("leaves other follow-ups on the role", () => {
    expect(saidWithLayer("im a teacher thinking about data analyst", "how much does it pay")).toContain(
      "Data Analyst pay:",
    );
  });
});
