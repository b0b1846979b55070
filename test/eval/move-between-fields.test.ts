import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "from ios to ai" read only "ios", the first field word. A move between two fields, each a
// role's field word, is the move between their roles, both read.
const cases: [string, string][] = [
  ["from ios to ai", "From Mobile Developer to Machine Learning Engineer"],
  ["from mobile to ai", "From Mobile Developer to Machine Learning Engineer"],
  ["from android to backend", "From Mobile Developer to Back-End Developer"],
  ["from ios to ml", "From Mobile Developer to Machine Learning Engineer"],
  // A start plainly said, where the move leads a field of several roles: which one, asked from the start.
  ["from android to cloud", "Which cloud role do you want to move to from Mobile Developer?"],
];

describe("a move from one field to another", () => {
  it.each(cases)("%s", (asked, said) => {
    expect(lastAnswerText(asked)).toContain(said);
  });
});
