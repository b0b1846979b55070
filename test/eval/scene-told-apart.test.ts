import { describe, expect, it } from "vitest";
import { wordsOnlyTold } from "../../src/understanding/text/scene-told.js";
import { answerText, understand } from "../support/questions.js";

// A sentence that tells something of the asker ("thinking of majoring in stats", "im in their tax practice
// now", "my english is not perfect") sets the scene: what is asked is read from the sentence that asks
// (before, its words swayed the reading to schooling, duties or skills, and the pay asked was not given).
describe("a sentence told beside the one asked", () => {
  it("leaves the told words out of what is asked", () => {
    expect([...wordsOnlyTold("im thinking of majoring in stats. whats the median pay")]).toContain(
      "majoring",
    );
    expect(wordsOnlyTold("whats the median pay for a data analyst").size).toBe(0);
    // Typed with no mark, "whats" or "how much" still opens the question; not where it is told of.
    expect([...wordsOnlyTold("im majoring in stats whats the median pay")]).toContain("majoring");
    expect(wordsOnlyTold("i want to know whats the median pay").size).toBe(0);
    // A lead-in to the question tells nothing of the asker: it is read with it.
    expect(wordsOnlyTold("ok and for waiter what is median").size).toBe(0);
    expect(wordsOnlyTold("im a teacher. im a nurse").size).toBe(0);
  });

  it("answers the pay asked", () => {
    const u = understand("thinking of majoring in stats so i can be a data analyst. whats the median pay");
    expect(u.intent).toBe("salary");
    const text = answerText(
      "does deloitte pay data analysts well? im in their tax practice now and could transfer internally",
    );
    expect(text).toContain("No figures for Deloitte");
    expect(text).toContain("Median annual wage, data scientists (US): $120,230");
    expect(text).not.toContain("What a Data Analyst does");
  });

  it("answers each question asked around the told sentence", () => {
    const text = answerText(
      "ml is good to study for the future? my english is not perfect sorry. what salary ml have in california",
    );
    expect(text).toContain("Outlook for a Machine Learning Engineer");
    expect(text).toContain("California");
    expect(text).not.toContain("Skills for a Machine Learning Engineer");
  });
});
