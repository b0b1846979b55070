import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "IT experience" asked of a security engineer's way in was answered as IT set against computer science.
describe("experience in IT asked of the thread's role", () => {
  it("answers the way into the role, with its education and experience", () => {
    const text = lastAnswerText(
      "security engineer — it pays well?",
      "do i need IT experience first or can i go straight from a cs degree",
    );
    expect(text).toContain("How to become a Security Engineer");
    expect(text).toContain("less than 5 years");
    expect(text).not.toContain("computer science is a subject of study");
  });
});
