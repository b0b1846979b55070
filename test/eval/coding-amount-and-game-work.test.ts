import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// "how much coding" asks what a role's work holds of code, never an amount of pay (before, "how much coding
// for the automation roles" after QA automation read as total pay, and "how much coding do qa engineers do"
// got best practices).
describe("how much coding a role asks", () => {
  it("answers the role's skills, the programming languages first", () => {
    const threadText = lastAnswerText(
      "im a game QA tester, should i go into QA automation",
      "how much coding for the automation roles",
    );
    expect(threadText).toContain("The knowledge base names no programming languages for QA Engineer");
    expect(answerText("how much coding do qa engineers do")).toContain(
      "The knowledge base names no programming languages for QA Engineer",
    );
  });

  it("reads QA automation as the QA engineer's work, set against another role", () => {
    const text = answerText("qa automation or swe, which is better for a game qa tester");
    expect(text).toContain("QA Engineer vs Software Engineer");
    expect(text).not.toContain("I could not read");
  });
});

// Game programming is a job with no role of its own: the question back offers the closest roles set against
// the role named, as the comparison asked (before, only each role on its own, or "could not read gameplay").
describe.skipIf(!officialLayerInstalled)("a job without a role of its own set against a role", () => {
  it("offers the comparison with each closest role", () => {
    for (const q of [
      "is ml better paid than gameplay programming",
      "do game developers make more than ml engineers",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("I don't cover Game Developers as a role of their own");
      expect(text, q).toContain("career compare mle swe");
    }
  });
});
