import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// left6 #2: "which is better long term for work life balance" after a comparison was answered with the two
// roles' growth; working life judged over the years is what the work is like, which the answer says it has
// nothing on for each role. The years ahead judged alone stay the job markets.
describe("working life judged over the years ahead", () => {
  const balance = "nothing on work-life balance for a Software Engineer or a Data Scientist";

  it("after a comparison", () => {
    expect(
      lastAnswerText(
        "software engineer vs data scientist",
        "which is better long term for work life balance",
      ),
    ).toContain(balance);
  });

  it("with both roles named", () => {
    expect(answerText("swe vs ds which is better long term for work life balance")).toContain(balance);
  });

  it("of one role", () => {
    expect(answerText("is sre good long term for work life balance")).toContain(
      "nothing on work-life balance",
    );
  });

  it("leaves the years ahead judged alone to the job markets", () => {
    expect(lastAnswerText("software engineer vs data scientist", "which is better long term")).toContain(
      "Outlook for a Software Engineer",
    );
    expect(answerText("is sre good long term")).toContain("Projected employment change");
  });
});
