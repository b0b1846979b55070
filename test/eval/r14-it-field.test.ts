import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "IT" the field in a loose sentence beside the pronoun "it" (r14): its future is its roles' growth, and a
// follow-up that names no role is about IT's roles, never the ML roles offered when nothing is known.
const answer = lastAnswerText;

describe("the IT field's future asked in a loose sentence", () => {
  it("ranks IT's roles by growth whoever asks and however the sentence runs", () => {
    for (const q of [
      "is IT a good field for new grads rn or is it saturated",
      "<@U123> says IT is dying lol is it",
    ]) {
      const text = answer(q);
      expect(text).toContain("Fastest growing IT roles");
      expect(text).toContain("IT Support Specialist");
      expect(text).not.toContain("ML engineer");
      expect(text).not.toContain("Best paid roles");
    }
  });

  it("keeps a follow-up that names no role on IT's roles", () => {
    for (const followUp of ["what does it pay starting out", "what about in austin"]) {
      const text = answer("is IT a good field for new grads rn or is it saturated", followUp);
      expect(text).toContain("it support specialist");
      expect(text).not.toMatch(/career salary (mle|swe|dse)\b/);
    }
  });

  it("still ranks pay for 'how much do IT people make'", () => {
    expect(answer("how much do IT people make")).toContain("Best paid roles");
  });
});
