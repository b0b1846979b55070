import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../../support/questions.js";

// "are there even jobs" once ranked the roles matching "even" and found none.
describe("jobs doubted in the IT field", () => {
  it("ranks the IT roles, not roles matching a word of doubt", () => {
    const text = answerText(
      "what does IT actually pay starting out and are there even jobs or is it all offshored now",
    );
    expect(text).toContain("Best paid IT roles");
    expect(text).toContain("$61,860");
    expect(text).not.toContain("matching “even”");
  });

  it("after that ranking, 'is it doable w/o a degree' is the field's roles that need none, no question back", () => {
    const text = lastAnswerText(
      "what does IT pay and are there any real jobs left",
      "is it doable w/o a degree? i have like 30 credits from years ago",
    );
    expect(text).toContain("Best paid roles that need no degree");
    expect(text).toContain("IT Support Specialist");
    expect(text).not.toContain("Which of these roles do you mean?");
  });
});
