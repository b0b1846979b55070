import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// "whats the fastest land animal": words careers share with everyday talk ("fastest", "land") and one word
// nothing in the knowledge or the examples uses ("animal"), with the intent only guessed: off topic. A
// question that names a job, has a noun of jobs or a word of pay, or that the classifier reads with
// confidence, is not.
const offTopic = ["whats the fastest land animal", "whats the fastest land mammal"];
const onTopic: [string, string][] = [
  ["whats the fastest growing job", "roleRanking"],
  ["how much do devs make", "salary"],
  ["best jobs for introverts", "roleRanking"],
];

describe("a guess over a word of no career", () => {
  it.each(offTopic)("%s", (asked) => {
    expect(understand(asked).intent).toBe("offTopic");
    expect(lastAnswerText(asked)).toContain("That's outside what I know about.");
  });

  it.each(onTopic)("%s stays %s", (asked, intent) => {
    expect(understand(asked).intent).toBe(intent);
  });
});
