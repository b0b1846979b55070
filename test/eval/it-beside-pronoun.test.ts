import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "IT" the field in a loose sentence beside the pronoun "it": its future is its roles' growth, and a
// follow-up that names no role is about IT's roles, never the ML roles offered when nothing is known; a
// pronoun with nothing to stand for is no role, and "our IT guy" is not the role asked about.
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
    expect(answer("how much do IT people make")).toContain("Best paid IT roles");
  });
});

describe("a pronoun with nothing in the thread to stand for", () => {
  it("declines a question about the weather, not asks which role", () => {
    const text = answer("is it gonna rain tmrw");
    expect(text).toContain("That's outside what I know about.");
    expect(text).not.toContain("Which role do you mean?");
  });

  it("still asks which role when the words are a career's", () => {
    expect(answer("how much does it pay")).toContain("Which role do you mean?");
  });
});

describe("a role named as someone the person works with", () => {
  it("answers the pay of the role asked about, not of 'our IT guy'", () => {
    const text = answer("our IT guy is leaving, what should we pay a sysadmin in chicago");
    expect(text).toContain("System Administrator pay");
    expect(text).toContain("no Illinois (Chicago) figure for System Administrator");
    expect(text).not.toContain("IT Support Specialist");
  });

  it("keeps both when the question weighs them, and 'the it guy' alone is IT support", () => {
    expect(answer("does our IT guy make more than a sysadmin")).toContain(
      "IT Support Specialist vs System Administrator",
    );
    expect(answer("how much does the it guy make")).toContain("IT Support Specialist");
  });
});
