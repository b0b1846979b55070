import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug (r74): "what tools would i actually need for ml specifically" answered what an MLE does, and "what
// tools do i need for data science" its soft skills: the classifier only guessed.
describe("tools asked of one role", () => {
  it.each([
    [
      "ok but what tools would i actually need for ml specifically",
      "Tools and frameworks a Machine Learning Engineer uses",
    ],
    [
      "what tools do i need for data science",
      "The knowledge base lists no tools or frameworks for Data Scientist",
    ],
  ])("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(said);
    expect(text).not.toMatch(/^What a .* does/);
  });
});

// Past bug (r74): "what jobs in IT dont really need a degree" ranked the best paid IT roles, degree or not.
describe("IT jobs without a degree, asked with an adverb or 'require'", () => {
  it.each(["what jobs in IT dont really need a degree", "which IT jobs dont require a degree"])(
    "%s",
    (asked) => {
      const text = lastAnswerText(asked);
      expect(text).toContain("Best paid roles that need no degree");
      expect(text).not.toContain("Information Security Analyst");
    },
  );
});

// Past bug (r74): "is ml way harder to break into than all of those" gave the MLE's way in alone; and of three
// roles, the two asking least tied, the headline said "They ask the same to enter" over a master's degree.
describe("one role's entry against the thread's roles", () => {
  it("names those asking least", () => {
    const text = lastAnswerText(
      "frontnd or bakend which is easier to land as a fresher",
      "and full stak vs mobile dev?",
      "honestly is ml way harder to break into than all of those",
    );
    expect(text).toContain("Full Stack Developer and Mobile Developer ask the least education to enter");
    expect(text).toContain("typically master's degree");
    expect(text).not.toContain("They ask the same to enter");
  });
});

// Past bug (r74): "is it hard to get out of helpdesk once ur in tho" after IT roles ranked was read as the
// move to the first role ranked (Information Security Analyst); where to is asked back, as after the job alone.
describe("getting out of a job, nowhere named", () => {
  it("asks where to", () => {
    const text = lastAnswerText(
      "fastest growing IT roles",
      "ok what do they start at",
      "is it hard to get out of helpdesk once ur in tho",
    );
    expect(text).toContain("Which role do you want to move to from IT Support Specialist?");
    expect(text).not.toContain("From IT Support Specialist to Information Security Analyst");
  });
});
