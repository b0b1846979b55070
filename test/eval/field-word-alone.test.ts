import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "ai" sent alone was read as a misspelt "hi" (a greeting) and "ai?" as a trend out of scope;
// a field's short name alone names its role, as a bare "ml" already did.

describe("a field's short name sent alone", () => {
  it.each(["ai", "AI", "ai?", "ml"])("%s is Machine Learning Engineer", (q) => {
    const answer = answerText(q);
    expect(answer).toContain("What a Machine Learning Engineer does:");
    expect(answer).not.toContain("Hi! I'm Career Advisor");
  });

  it("keeps 'ai' in a longer question a topic of the field", () => {
    expect(answerText("ai trends")).not.toContain("What a Machine Learning Engineer does:");
  });
});
