import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "data analyst or ai?": "ai" set against a role of two words is Machine Learning Engineer, as it is after
// a role of one ("devops or ai"); said of the field ("is ai taking over data analyst jobs") it stays the field.
const cases: [string, string][] = [
  ["data analyst or ai?", "Data Analyst vs Machine Learning Engineer"],
  ["data scientist or ai", "Data Scientist vs Machine Learning Engineer"],
  ["devops or ai", "DevOps Engineer vs Machine Learning Engineer"],
  ["ai or data analyst", "Machine Learning Engineer vs Data Analyst"],
];

describe("'ai' set against a role", () => {
  it.each(cases)("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(said);
    expect(text).toContain("“AI” is answered for Machine Learning Engineer");
  });

  it("stays the field where it is no side", () => {
    expect(lastAnswerText("is ai taking over data analyst jobs")).not.toContain(
      "vs Machine Learning Engineer",
    );
  });
});
