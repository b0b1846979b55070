import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "both" with a measure after two roles asks that measure of each, side by side; "what do they both have in
// common" keeps their common ground.
const pair = "dba or sysadmin, which is easier to start in";

describe("both with a measure", () => {
  it("answers 'how many openings do they both have' with each one's openings, not what they share", () => {
    const answer = lastAnswerText(pair, "how many openings do they both have");
    expect(answer).toContain("On BLS's projected openings each year, 2024–34, System Administrator has more");
    expect(answer).not.toContain("have in common");
  });

  it("answers 'how many people work in both' with the people each employs", () => {
    const answer = lastAnswerText(pair, "how many people work in both");
    expect(answer).toContain("By people employed (BLS OEWS, May 2025), System Administrator has more");
  });

  it("weighs growth, pay and a degree of both", () => {
    expect(lastAnswerText(pair, "are both growing")).toContain("Database Administrator declines less");
    expect(lastAnswerText(pair, "how fast are both growing")).toContain(
      "Database Administrator declines less",
    );
    expect(lastAnswerText(pair, "do both have good job prospects")).toContain(
      "Outlook for a System Administrator",
    );
    expect(lastAnswerText(pair, "do they both pay well")).toContain(
      "Pay: Database Administrator vs System Administrator",
    );
    expect(lastAnswerText(pair, "do both need a degree")).toContain(
      "Both have a degree as BLS's typical entry-level education",
    );
  });

  it("keeps what they share as their common ground", () => {
    for (const asked of ["what do they both have in common", "what do they share"])
      expect(lastAnswerText(pair, asked)).toContain(
        "What Database Administrator and System Administrator have in common",
      );
  });
});
