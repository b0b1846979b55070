import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "im a teacher", "which data role could i move to", then "data analyst" after "Which data
// role do you mean?" gave Data Analyst's card. A role named alone in reply to a question back answers the
// question asked back, of that role: here the move into it from the occupation held.
describe("a role named in reply to a question back", () => {
  it.each(["data analyst", "the data analyst one", "analyst"])(
    "after a move asked by a teacher: %s",
    (reply) => {
      expect(lastAnswerText("im a teacher", "which data role could i move to", reply)).toContain(
        "From teacher to Data Analyst",
      );
    },
  );

  it("continues the question asked back: pay", () => {
    const text = lastAnswerText("how much do data people make", "data scientist");
    expect(text).toContain("Data Scientist pay");
    expect(text).toContain("$120,230");
  });

  it("continues it for a role named that was not among the buttons", () => {
    expect(lastAnswerText("what skills does a data person need", "data engineer")).toContain(
      "Skills for a Software Data Engineer",
    );
  });

  it("continues the way in", () => {
    expect(lastAnswerText("how do i become an analyst", "security analyst")).toContain(
      "Getting started as an Information Security Analyst",
    );
  });

  it("after a ranking, a role named alone is asked of anew", () => {
    expect(lastAnswerText("what are the fastest growing roles", "data scientist")).not.toContain(
      "Data Scientist pay",
    );
  });
});
