import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "ba salary" said "I don't cover bas yet". "ba" is chat's short name for a business analyst,
// a title O*NET lists under Management Analysts (13-1111); where it is the degree ("a ba in history", "do i
// need a ba") it stays the degree.
describe("ba", () => {
  it.each(["ba salary", "how much do bas make", "what does a ba do"])(
    "is the business analyst: %s",
    (asked) => {
      const text = lastAnswerText(asked);
      expect(understand(asked).entities.uncovered.map((o) => o.occupation.name)).toEqual([
        "Business Analyst",
      ]);
      expect(text).toContain("Business Analyst");
      expect(text).not.toContain("I don't cover bas");
    },
  );

  it.each(["do i need a ba to be a data analyst", "i have a ba in history, can i become a data analyst"])(
    "is the degree where one is held or needed: %s",
    (asked) => {
      expect(understand(asked).entities.uncovered).toEqual([]);
    },
  );
});
