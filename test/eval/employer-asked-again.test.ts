import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "same q but for globex" after pay at an employer: a name no word of English is, ending a follow-up that
// asks the same again, is another employer. Before, it was asked back "About Data Scientist?" with no word
// of Globex.
describe("another employer named in a follow-up to pay at one", () => {
  it("says it has no figures for the new employer, then the general ones", () => {
    for (const follow of ["same q but for globex", "and globex?", "same question for Globex"]) {
      const text = lastAnswerText("<@U0ABC123> what does `Initech` pay data scientists?", follow);
      expect(text, follow).toContain("No figures for Globex");
      expect(text, follow).toContain("General figures for Data Scientist, not Globex's");
    }
  });

  it("reads no employer in a follow-up of a word of English or a place", () => {
    expect(lastAnswerText("what does Initech pay data scientists?", "and remote?")).not.toContain(
      "No figures for Remote",
    );
    expect(lastAnswerText("what does Initech pay data scientists?", "same q but for seniors")).not.toContain(
      "No figures for Seniors",
    );
    expect(lastAnswerText("data scientist salary", "same q but for globex")).not.toContain("Globex");
  });
});
