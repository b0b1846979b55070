import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "i teach high school math, could i become a data scientist" was the way into data science
// from data science. "i teach …", "ive been teaching …" say the person holds the occupation teacher: a move
// from it, as "im a nurse, could i become a data analyst" is.
describe("teaching said by its verb", () => {
  it.each([
    // A grade taught says the stage of school: 5th grade is elementary school's.
    [
      "i teach 5th grade science, could i become a software engineer",
      "From elementary school teacher to Software Engineer",
    ],
    ["I've been teaching for 10 years. can i switch to data analyst?", "From teacher to Data Analyst"],
  ])("%s → %s", (asked, said) => {
    expect(lastAnswerText(asked)).toContain(said);
  });

  it("then a role weighed next", () => {
    expect(lastAnswerText("i teach chemistry", "what about qa engineer?")).toContain(
      "From teacher to QA Engineer",
    );
  });
});
