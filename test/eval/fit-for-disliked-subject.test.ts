import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "is ml a good career for someone who hates math lol" gave the outlook. A role weighed as a fit
// for someone who dislikes a subject or is weak at it is answered with what the role needs, said first that
// no source judges personal fit.
describe("a role weighed for someone who dislikes a subject", () => {
  it.each([
    ["is ml a good career for someone who hates math lol", "Machine Learning Engineer"],
    ["is ml a good career for someone who is not a math person", "Machine Learning Engineer"],
    ["is data science a good fit for someone who is bad at coding", "Data Scientist"],
  ])("%s", (asked, role) => {
    expect(understand(asked).intent).toBe("skills");
    const text = lastAnswerText(asked);
    expect(text).toContain(`No source judges whether the work of a ${role} suits`);
    expect(text).toContain("Technical skills:");
  });

  it("keeps becoming one despite math as its education with math said", () => {
    expect(understand("im bad at math, can i still become a devops engineer").intent).toBe("education");
  });
});
