import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// "i'm a dba, how far am i from that" after a data architect's duties: the role held, set against the
// thread's role, is a move weighed even where the wording is hardly read as one (before: a search of the
// knowledge's sections, which found two soft skills of ML engineering).
describe("the role held, set against the thread's role", () => {
  it("weighs the move from the role held to the thread's role", () => {
    for (const [setup, q, heading] of [
      [
        "what does a data architect do",
        "i'm a dba, how far am i from that",
        "From Database Administrator to Data Architect",
      ],
      [
        "what does an sre do",
        "im a qa engineer how close am i to that",
        "From QA Engineer to Site Reliability Engineer",
      ],
    ] as const) {
      const text = lastAnswerText(setup, q);
      expect(text, q).toContain(heading);
      expect(text, q).not.toContain("Soft skills ›");
    }
  });

  it("leaves a remark beside the role held as it was", () => {
    for (const q of ["i'm a dba lol", "i'm a dba, thanks"]) {
      const text = lastAnswerText("what does a data architect do", q);
      expect(text, q).not.toContain("From Database Administrator to Data Architect");
    }
  });
});

// "been full stack for 7 years, want to manage people": the question back names the field by the roles'
// word (before: "Which manage role"); "people management" is the engineering manager's field.
describe("a move into managing", () => {
  it("asks which manager role, in the roles' word", () => {
    const text = answerText("been full stack for 7 years, want to manage people. path?");
    expect(text).toContain("Which manager role do you want to move to from Full Stack Developer?");
    expect(answerText("sre thinking about moving into management")).toContain("Which management role");
  });

  it("reads people management as the engineering manager", () => {
    expect(answerText("qa engineer wanting to go into people management")).toContain(
      "From QA Engineer to Engineering Manager",
    );
    expect(answerText("how many people work as devs")).not.toContain("Engineering Manager");
  });
});
