import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Past bug: "based in Munich, how do ml engineer salaries compare to the US?" asked which role to compare
// with (Munich was no place it knew), and "in euros?" then found no figures shown.

describe("one role's pay abroad set against the US", () => {
  it("says there are no figures there, then gives the role's US figures", () => {
    for (const [q, place, role] of [
      [
        "based in Munich, how do ml engineer salaries compare to the US?",
        "Munich",
        "Machine Learning Engineer",
      ],
      ["how do swe salaries in london compare to the us", "London", "Software Engineer"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(`No figures for ${place} (outside the US`);
      expect(text, q).toContain(`${role} pay`);
      expect(text, q).not.toContain("with which role");
    }
  });

  it("keeps the figures shown for a currency asked next", () => {
    const text = lastAnswerText(
      "based in Munich, how do ml engineer salaries compare to the US?",
      "in euros?",
    );
    expect(text).toContain("The figures are in US dollars");
    expect(text).toContain("no figures in euros");
  });
});
