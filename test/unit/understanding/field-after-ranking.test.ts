import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// After the best paid IT roles, "is it worth it w/o a degree" asked back which of the five was meant.
describe("'it' after a ranking of the IT field's roles", () => {
  it("is the field, answered by its way in with no degree", () => {
    const text = lastAnswerText(
      'my mom keeps saying "just go into IT" lol. what does that even mean, what jobs r in IT and what do they pay',
      "is it worth it w/o a degree",
    );
    expect(text).toContain("IT Support Specialist");
    expect(text).not.toContain("Which of these roles do you mean?");
  });
});
