import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// A quote in the first message of a thread cannot be the bot's own words: it is what the asker pasted (a
// recruiter's line, a posting's), and "is that normal?" after it asks about it. Before, the quote was dropped
// as if it were the bot's, and "is that normal? asking for my gf lol" alone got the help page.
describe("a quote pasted in a thread's first message", () => {
  it.skipIf(!officialLayerInstalled)("weighs the pay the pasted line names", () => {
    const text = saidWithLayer("> Dental hygienist, $45/hr — is that normal? asking for my gf lol");
    expect(text).toContain("Dental Hygienists pay: where $45.00 an hour stands");
    expect(text).not.toContain("Type any of these after /career");
  });

  it("reads the role and amount of a pasted offer", () => {
    const text = lastAnswerText(
      "> we are offering 140k base for a senior data engineer — is that a lowball?",
    );
    expect(text).toContain("$140,000");
    expect(text).toContain("Software Data Engineer");
  });

  it("still answers the question after the bot's own line quoted back in a thread", () => {
    const text = lastAnswerText(
      "whats the median pay for an sre in the us",
      "> Median annual wage … — is that before tax?",
    );
    expect(text).toContain("They are gross figures, before tax.");
  });
});
