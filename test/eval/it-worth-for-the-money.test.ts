import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r89): "is it worth getting into IT at 40 for the money" gave the way into IT support without
// its pay or outlook, which the same question of a role ("… into data science for the money") gives first.
describe("IT the field weighed as worth getting into", () => {
  it("gives the way in's pay and outlook first", () => {
    const text = lastAnswerText("is it worth getting into IT at 40 for the money");
    expect(text).toContain("How to become an IT Support Specialist");
    expect(text).toContain("Pay: Median annual wage, computer user support specialists (US): $61,860");
    expect(text).toContain("Outlook: Projected employment change, computer user support specialists");
  });

  it("leaves them out when the way in is all that is asked", () => {
    expect(lastAnswerText("how do i get into IT")).not.toContain("Pay: Median annual wage");
  });
});
