import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "asking for my wife - she's a bank teller, could she become a systems analyst? what would she
// make" read "bank" as a kind of employer and lost the teller: the systems analyst's pay "at banks". A job
// said of someone the question is asked for is the job the move starts from. "hs teacher" is a high school
// teacher. Both occupations are read from the whole official layer's titles.
describe.skipIf(!officialLayerInstalled)("a job held by someone the question is asked for", () => {
  it.each([
    "asking for my wife - she's a bank teller, could she become a systems analyst? what would she make",
    "my wife is a bank teller, could she become a systems analyst?",
  ])("%s", (q) => {
    const text = saidWithLayer(q);
    expect(text).toContain("From Tellers to Computer Systems Analyst");
    expect(text).not.toContain("at banks");
  });

  it("reads hs as high school before a teacher", () => {
    expect(
      saidWithLayer("hs teacher 8 yrs, thinking of becoming a data analyst. what would i earn"),
    ).toContain(
      "From Secondary School Teachers, Except Special and Career/Technical Education to Data Analyst",
    );
  });
});

describe("a job said of someone else, when the question asks for the asker", () => {
  it("is no job held", () => {
    expect(lastAnswerText("my friend is a data scientist, how do i become one")).not.toContain("From ");
  });
});

// Past bug: "i pick orders in a warehouse, what tech jobs could i move into" asked which role. What people
// say they do ("pick orders", "work in a warehouse", "wait tables") is the job they hold, as "i teach" is.
describe.skipIf(!officialLayerInstalled)("a job held said by what is done", () => {
  it.each([
    [
      "i pick orders in a warehouse, what tech jobs could i move into",
      "To get into tech from Stockers and Order Fillers",
    ],
    ["i wait tables rn, is qa a good first tech job", "From Waiters and Waitresses to QA Engineer"],
  ])("%s", (q, said) => {
    expect(saidWithLayer(q)).toContain(said);
  });

  it("not when the job it is done as is named", () => {
    expect(
      saidWithLayer("i work in a warehouse as a data analyst, what do data engineers make"),
    ).not.toContain("Laborers");
  });
});
