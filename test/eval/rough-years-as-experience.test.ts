import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "a few years", "a couple of years" after a pay answer are years of experience, as "5 years" is: the role's
// pay, saying the years are left aside where its levels give none (before, "and after a few yrs?" after a
// junior front-end developer's pay gave the career path, and "with a few yrs experience" its experience).
describe("a rough count of years after pay", () => {
  it("answers the role's pay with the years read as experience", () => {
    const text = lastAnswerText("what does a junior front end dev make", "and after a few yrs?");
    expect(text).toContain("“a few yrs” is left aside");
    expect(text).toContain("Front-End Developer pay:");
    const other = lastAnswerText(
      "what does a junior data scientist make",
      "and with a couple of years experience?",
    );
    expect(other).toContain("Data Scientist pay:");
    expect(other).not.toContain("Experience for a Data Scientist");
  });
});
