import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "and the first one?" after one role's answer, then another's: one role shown has no first or second, so
// the place counts among the roles the thread named, in the order named.
const answer = lastAnswerText;

describe("a place picked after two roles asked in turn", () => {
  it.each([
    ["and the first one?", "Data Architect pay"],
    ["the second one?", "Software Data Engineer pay"],
  ])("data architect salary, what about data engineers, then %s", (followUp, said) => {
    const text = answer("data architect salary", "what about data engineers", followUp);
    expect(text).toContain(said);
    expect(text).not.toContain("has nothing on");
  });

  it("asks back of the role picked when nothing else is asked", () => {
    expect(
      answer("what does a dba do", "what about a data architect", "tell me about the first one"),
    ).toContain("About Database Administrator?");
  });
});
