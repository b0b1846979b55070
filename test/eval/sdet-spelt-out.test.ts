import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// An SDET, spelt out ("software development engineer in test"), is the QA Engineer, as "sdet" is; the
// longer name wins over the Software Engineer's "software development engineer" inside it.
const cases: [string, string][] = [
  ["software development engineer in test", "QA Engineer"],
  ["software engineer in test salary", "QA Engineer pay"],
  ["sdet salary", "QA Engineer pay"],
  ["sdet vs qa", "name one role here: QA Engineer"],
  ["software development engineer salary", "Software Engineer pay"],
];

describe("the SDET by any of its names", () => {
  it.each(cases)("%s", (asked, said) => {
    expect(lastAnswerText(asked)).toContain(said);
  });
});
