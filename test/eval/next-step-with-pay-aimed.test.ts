import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Found by an unseen check (r91): "what's the next step up from it support if i want to make 80k+" answered
// where 80k stands among support specialists' pay. The next step is asked; the pay aimed at is only why.
describe("the next step asked with a pay aimed at", () => {
  it("answers the path", () => {
    expect(lastAnswerText("im in it support, whats the next step up if i want to make 80k")).toContain(
      "Career path for an IT Support Specialist",
    );
  });

  it("still places an amount aimed at when that is all it asks", () => {
    expect(lastAnswerText("can i make 150k as a data analyst")).toContain("where $150,000 a year stands");
  });
});
