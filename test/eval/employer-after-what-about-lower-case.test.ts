import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "what about acme in boise idaho" typed in lower case after an employer's pay: the thread asks of employers,
// so a word that is no role, skill, level or occupation, followed by a place, is the next employer (the
// capital was the only mark before). Without an employer in the thread, or for a word the knowledge knows, no.
describe("an employer after 'what about' in lower case, in a thread about an employer's pay", () => {
  it("reads the new employer and says it has no figures for it", () => {
    const answer = lastAnswerText("what does google pay a data scientist", "what about acme in boise idaho");
    expect(answer).toContain("No figures for Acme");
    expect(answer).not.toContain("No figures for Google");
  });

  it("reads no employer where none was asked of, or where the word is the knowledge's", () => {
    expect(lastAnswerText("what do data scientists make", "what about acme in boise idaho")).not.toContain(
      "Acme",
    );
    expect(
      lastAnswerText("what does google pay a data scientist", "what about python in boise idaho"),
    ).not.toContain("No figures for Python");
    expect(
      lastAnswerText("what does google pay a data scientist", "what about senior in austin"),
    ).not.toContain("No figures for Senior");
  });
});
