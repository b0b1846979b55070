import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "what would progressive pay a swe", "what target is paying data engineers": whoever pays, asked of with
// "would" or "is paying" as "does … pay" asks, is an employer with no figures of its own, said first. Before,
// the employer went unread ("progressive" even turned the question into a career path).
describe("an employer asked what it would pay or is paying", () => {
  it("says there are no figures for the employer before the role's general pay", () => {
    for (const [q, employer, role] of [
      ["what would progressive pay a swe in cleveland tho", "Progressive", "Software Engineer"],
      [
        "anyone knows what target is paying data engineers in minneapolis",
        "Target",
        "Software Data Engineer",
      ],
      ["how much would acme pay a data analyst", "Acme", "Data Analyst"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(`No figures for ${employer}`);
      expect(text, q).toContain(`${role} pay`);
    }
  });

  it("leaves a word pointing back, or no employer, alone", () => {
    expect(answerText("what would that pay a swe")).not.toContain("No figures for");
    expect(answerText("what would a swe make in cleveland")).not.toContain("No figures for A ");
  });
});
