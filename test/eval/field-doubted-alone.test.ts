import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "is cloud a fad": a field's word alone, the subject of a doubt, stands for its roles as "cloud jobs" does;
// the answer is their outlook (before, a trend of ML moving to the cloud, or "outside what I know").
describe("a field doubted by its word alone", () => {
  it("answers the outlook of the field's roles", () => {
    for (const q of ["is cloud a fad", "is cloud just hype", "is cloud a fad jobs wise"]) {
      const text = answerText(q);
      expect(text, q).toContain("Outlook for a Cloud Architect");
      expect(text, q).not.toContain("ML trends");
    }
  });
});
