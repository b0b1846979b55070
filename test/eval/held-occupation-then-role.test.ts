import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "im a teacher" then "what about sysadmin?" gave a System Administrator's duties. An
// occupation the person said they hold is kept while the thread names no role: a role weighed next is where
// a move from it leads, as in one message ("im a nurse, what about data analyst?").
const cases: [string[], string, string][] = [
  [
    ["im a teacher", "what about sysadmin?"],
    "From teacher to System Administrator",
    "What a System Administrator does",
  ],
  [["im a nurse", "what about data analyst?"], "to Data Analyst", "What a Data Analyst does"],
  [["nurse here", "and data analyst?"], "to Data Analyst", "What a Data Analyst does"],
  // Asked of an occupation, not said to be held: the role's own answer.
  [["what do nurses make", "what about data analyst?"], "Data Analyst pay", "to Data Analyst"],
];

describe("a role weighed after an occupation held", () => {
  it.each(cases)("%j", (messages, said, notSaid) => {
    const text = lastAnswerText(...messages);
    expect(text).toContain(said);
    expect(text).not.toContain(notSaid);
  });
});
