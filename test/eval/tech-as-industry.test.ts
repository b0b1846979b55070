import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "will ai replace tech jobs" got "I don't cover ai replace techs yet": "tech" was read
// as a technician and the words before it as a title. Before a word of jobs or of the industry, "tech" is
// the industry; a technician's title ("pharmacy tech") is still one.
describe("'tech' as the industry", () => {
  it.each(["could automation wipe out tech jobs", "will chatgpt kill tech careers"])(
    "%s → the roles' growth, with no measure of the threat said first",
    (asked) => {
      const text = lastAnswerText(asked);
      expect(text).not.toContain("I don't cover");
      expect(text).toMatch(/No source measures how much of these roles' work (AI|automation) may take over/);
    },
  );

  it("a word of the industry after 'tech' names no title", () => {
    expect(lastAnswerText("are tech employees overpaid")).not.toContain("I don't cover");
  });

  it("a technician's title is still one", () => {
    // Without the official layer (as here) it is declined by its name, not read as the industry.
    // Its plural as people write it: "techs", never "teches".
    expect(lastAnswerText("how much do vet techs make")).toContain("I don't cover vet techs yet");
    expect(lastAnswerText("pharmacy tech pay")).not.toContain("teches");
  });
});
