import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// r78: "principal applied scientist gen ai comp" became a pay comparison with Machine Learning Engineer: the
// "ai" of "gen ai" was read alone as the field's role. "gen ai" is generative AI, as the role's names say.

describe("'gen ai' in a role's name", () => {
  it("is part of the name, not a second role", () => {
    for (const q of [
      "principal applied scientist gen ai comp",
      "applied scientist gen ai pay",
      "gen ai applied scientist salary",
      "gen-ai scientist skills",
    ]) {
      expect(
        understand(q).entities.roles.map((r) => r.id),
        q,
      ).toEqual(["principal-applied-scientist-generative-ai"]);
      const text = answerText(q);
      expect(text, q).toContain("Principal Applied Scientist (Generative AI)");
      expect(text, q).not.toContain("Machine Learning Engineer");
    }
  });

  it("keeps that role for the thread's next question", () => {
    const text = lastAnswerText("principal applied scientist gen ai comp", "what do they actually do");
    expect(text).toMatch(/^What a Principal Applied Scientist \(Generative AI\) does:/m);
  });
});
