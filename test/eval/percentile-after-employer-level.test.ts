import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "what about 90th percentile?" after "meta e5 data scientist pay" read as if the last answer had
// no such figure, or gave BLS's without saying whose it is: it is the occupation's national figure, which
// no one employer's pay is, and the answer says so before it.
describe("a percentile asked after an employer's pay at a level", () => {
  it.each([
    ["meta e5 data scientist pay", "what about 90th percentile?", "Meta", "$199,130"],
    ["google l5 software engineer salary", "whats the 90th percentile", "Google", "$214,670"],
    ["amazon sde2 pay", "and the 75th percentile?", "Amazon", "$171,980"],
  ])("%s → %s", (first, followUp, company, figure) => {
    const answer = lastAnswerText(first, followUp);
    expect(answer).toContain(`across all US employers and levels, not ${company}'s`);
    expect(answer).toContain(figure);
  });

  it("says nothing of an employer where none was asked", () => {
    expect(lastAnswerText("data scientist salary", "what about 90th percentile?")).not.toContain(
      "across all US employers",
    );
  });
});
