import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "what do big law firms like kirkland pay their dbas": the employer named as the example of a kind is the
// one whose pay is asked. Before, the frame with "like" read no payer and the answer was the role's duties.
describe("an employer named as an example of a kind", () => {
  it("says there are no figures for it, then gives the role's general pay", () => {
    for (const [q, name] of [
      ["what do big law firms like kirkland pay their database admins", "Kirkland"],
      ["what do hospitals like kaiser pay their it support people", "Kaiser"],
      ["what do banks such as citi pay data engineers", "Citi"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(`No figures for ${name}`);
      expect(text, q).toContain("Median annual wage");
    }
  });
});
