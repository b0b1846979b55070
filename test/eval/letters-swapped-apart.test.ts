import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// Unseen check: "secutiry engineer salary" was a title no role has ("I don't cover secutiry engineers"): two
// letters one apart swapped ("t" and "r" around "i") count two edits, past a word's typo allowance. Such a
// word is spelt right where it is no word of its own and one word only is so swapped.
describe("two letters one apart swapped", () => {
  it("reads the word swapped back, in a name and in a plural", () => {
    for (const [typed, heading] of [
      ["secutiry engineer salary", "Security Engineer pay"],
      ["how much do secutiry analysts make", "Information Security Analyst pay"],
      ["product manegar salary", "Product Manager"],
      ["secutiry engineer vs devops engineer", "Security Engineer vs DevOps Engineer"],
    ] as const)
      expect(answerText(typed), typed).toContain(heading);
  });

  it("leaves words of their own and short words as typed", () => {
    // "reserve" and "reverse", "form" and "from", "salt" and "last" are words each; "sqlt" is too short.
    for (const typed of ["reserve or reverse the form from salt", "what is sqlt"])
      expect(understand(typed).entities.masked.join(" "), typed).toBe(typed);
  });
});
