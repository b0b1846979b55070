import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "salary for qa engineer in austin vs remote" (a command, by its first word) answered 'I have no
// pay figures for "austin vs remote"', as `salary mle seattle vs san francisco` did for two places it has.
// Two places set against each other, or remote work, have no slot in the command: the question reader
// compares the places or says that no source splits pay by remote work.
describe("the salary command with two places or remote work", () => {
  it("two places it has figures for are compared", () => {
    const text = lastAnswerText("salary data scientist in new york or seattle");
    expect(text).toContain("Pay: Data Scientist, New York City, NY vs Data Scientist, Seattle, WA");
    expect(text).not.toContain("I have no pay figures for");
  });

  it("remote work is said to have no figures of its own", () => {
    expect(lastAnswerText("salary devops engineer remote")).toContain("No figures for remote work");
  });

  it("a place with a name of its own is still the command's", () => {
    expect(lastAnswerText("salary mle in seattle")).toContain("Average salary, Seattle, WA: $173,517");
  });
});
