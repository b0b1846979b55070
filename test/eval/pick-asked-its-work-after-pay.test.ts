import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "what does the second one do all day" after two roles' pay: the one picked's work (before: its pay again,
// as a bare "the second one" after pay rightly is).
describe("a pick asked what it does, after pay", () => {
  it("is the one picked's work", () => {
    const text = lastAnswerText(
      "security anaylst vs security engineer",
      "which pays more in new york",
      "what does the second one do all day",
    );
    expect(text).toContain("What a Security Engineer does");
    expect(text).not.toContain("Security Engineer pay");
    expect(lastAnswerText("frontend vs backend salary", "what does the first one do")).toContain(
      "What a Front-End Developer does",
    );
  });

  it("leaves a bare pick after pay on pay", () => {
    expect(lastAnswerText("frontend vs backend salary", "the second one")).toContain(
      "Back-End Developer pay",
    );
  });
});
