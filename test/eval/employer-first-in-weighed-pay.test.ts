import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r89): "offer from amazon 155k data engineer, good?" placed the amount among the national figures
// and said only in the notes at the bottom that Amazon has none, as if the figures above were Amazon's.
describe("an offer from an employer without figures, weighed", () => {
  it("says first that the employer has none", () => {
    const text = lastAnswerText("offer from amazon 155k data engineer, good?");
    const none = text.indexOf("No figures for Amazon");
    expect(none).toBeGreaterThan(-1);
    expect(none).toBeLessThan(text.indexOf("$155,000 is above the median"));
  });

  it("says first that a kind of employer has none", () => {
    const text = lastAnswerText("got 140k offer from a bank for backend dev is that ok");
    const none = text.indexOf("No figures by kind of company");
    expect(none).toBeGreaterThan(-1);
    expect(none).toBeLessThan(text.indexOf("$140,000 is above the median"));
  });
});
