import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "expected ctc for data scientist": CTC (cost to company, Indian English) is the whole yearly pay, read as
// total compensation; "exp"/"expected" before a word of pay asks that pay. "sde 2" is a rung of the
// software development engineer's ladder: Software Engineer at mid level, not the Software Data Engineer.
const cases: [string, string[]][] = [
  [
    "expected ctc for data scientist",
    [
      "Data Scientist pay",
      "The knowledge base has no total-compensation figure for Data Scientist",
      "$120,230",
    ],
  ],
  ["ctc of a machine learning engineer", ["Machine Learning Engineer total compensation", "$202,331"]],
  ["exp ctc", ["Which role do you mean?"]],
  [
    "what's the ctc for a sde 2 in bangalore",
    ["No figures for Bangalore", "The knowledge base has no mid level figure for Software Engineer"],
  ],
  ["sde-ii pay in seattle", ["Software Engineer pay", "The knowledge base has no Seattle, WA figure"]],
  [
    "sde1 salary",
    ["Software Engineer pay", "The knowledge base has no entry level figure for Software Engineer"],
  ],
];

describe("CTC and SDE rungs", () => {
  it.each(cases)("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    for (const s of said) expect(text).toContain(s);
    expect(text).not.toContain("Software Data Engineer");
  });
});
