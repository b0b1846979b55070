import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// In a thread about one role: "switching to it" is the move into it, "is it security related" asks of its
// work; "what about IT intern?" makes the field the subject; "which one is easiest to get into" after a
// ranking weighs every row shown by BLS's experience and education.
const cases: [string[], string[], string[]][] = [
  [["what does a qa do", "im thinking of switching to it"], ["How to become a QA Engineer"], ["thinking"]],
  [
    ["tell me about devops", "i'm considering moving to it"],
    ["How to become a DevOps Engineer"],
    ["Pick what"],
  ],
  [
    ["security engineer", "is it security related"],
    ["What a Security Engineer does"],
    ["Projected employment change"],
  ],
  [
    ["what does a network administrator do", "is it security related"],
    ["What a Network Administrator does", "secure"],
    ["Projected employment change"],
  ],
  [
    ["data analyst salary", "what about IT intern?"],
    ["No figures for interns", "IT Support Specialist pay", "usual way into IT"],
    ["Data Analyst"],
  ],
  [
    ["software engineer salary", "how much do IT interns make"],
    ["No figures for interns", "IT Support Specialist pay"],
    ["Software Engineer pay"],
  ],
  [
    ["best paid jobs in IT", "which one is easiest to get into"],
    // IT's own roles ranked (words-f): IT support, the usual way in, asks the least.
    [
      "Of the roles listed, IT Support Specialist needs the least education to enter",
      "Database Administrator, bachelor's degree",
    ],
    ["Engineering Manager needs the least"],
  ],
];

describe("a thread's pronoun, the field at a rung, the easiest of a ranking", () => {
  it.each(cases)("%s", (messages, said, notSaid) => {
    const text = lastAnswerText(...messages);
    for (const s of said) expect(text).toContain(s);
    for (const s of notSaid) expect(text).not.toContain(s);
  });
});
