import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// A place abroad named with an employer: the employer's missing figures head the answer and the place's are
// said once, with why (before: "No figures for Canada, which is outside the US…" first, and "No figures for
// Canada" again in the lines below).
describe("a place abroad named with an employer", () => {
  it.each([
    ["how much does shopify pay devops engineers in canada?", "Canada"],
    ["what does google pay swes in london", "London"],
  ])("%s → %s's missing figures said once", (asked, place) => {
    const text = answerText(asked);
    expect(text.split(`No figures for ${place}`)).toHaveLength(2);
    expect(text).toContain(`No figures for ${place} (outside the US: every figure I hold is a US one)`);
  });
});
