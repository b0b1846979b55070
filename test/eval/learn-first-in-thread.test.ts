import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "what should he learn first" after "is IT a good field for my son" was read as a term to define,
// and "learn" found Soft skills › Adaptability and ML trends › AutoML. What to learn first is the way in: for
// IT (its roles set out, or named), IT support, the usual way in; of a thread's one role, its skills; after
// other roles set out, which of them.
describe("what to learn first, asked in a thread", () => {
  it("after IT's roles, is the way into IT", () => {
    const text = lastAnswerText("is IT a good field for my son", "what should he learn first");
    expect(text).toContain("How to become an IT Support Specialist");
    expect(text).not.toContain("AutoML");
  });

  it("of the IT field named, is the way into IT", () => {
    expect(lastAnswerText("what should i learn first for IT")).toContain(
      "How to become an IT Support Specialist",
    );
  });

  it("of the thread's one role, is that role's skills", () => {
    const text = lastAnswerText("what does a network administrator do", "what should he learn first");
    expect(text).toContain("Skills for a Network Administrator");
    expect(text).not.toContain("AutoML");
  });

  it("after other roles set out, asks which of them", () => {
    expect(lastAnswerText("best paid tech jobs", "what should i learn first")).toContain(
      "Which of these roles do you mean?",
    );
  });
});
