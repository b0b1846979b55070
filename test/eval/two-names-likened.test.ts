import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "is product analyst the same thing as data analyst?" got Data Analyst's outlook with no word
// that the two names are one role here.

describe("two names of one role likened", () => {
  it("are said to name one role", () => {
    expect(answerText("is product analyst the same thing as data analyst?")).toContain(
      "“product analyst” and “data analyst” name one role here: Data Analyst.",
    );
    expect(answerText("is help desk the same as it support")).toContain(
      "name one role here: IT Support Specialist.",
    );
  });

  it("leave two roles likened a comparison", () => {
    expect(answerText("is a data analyst different from a data scientist")).toContain(
      "Data Analyst vs Data Scientist",
    );
  });
});
