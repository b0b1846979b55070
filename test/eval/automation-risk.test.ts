import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// "is qa at high risk of being automated" answered the ML market's list of industries adopting ML. A risk of
// automation or of AI asked of a role is its outlook: no source measures the risk, said first, then the
// official projected change and openings; "from ai" is no move from Machine Learning Engineer.
describe("a role's risk of being automated", () => {
  it.each([
    ["is qa at high risk of being automated", "a QA Engineer's work automation may take over"],
    ["are qa jobs at risk from ai", "a QA Engineer's work AI may take over"],
    ["qa engineer automation risk", "a QA Engineer's work automation may take over"],
    ["is help desk at risk of automation", "an IT Support Specialist's work automation may take over"],
    ["will ai replace data analysts", "a Data Analyst's work AI may take over"],
  ])("%s: no measure of it, then the role's outlook", (asked, whose) => {
    const text = answerText(asked);
    expect(text).toContain(`No source measures how much of ${whose}`);
    expect(text).toContain("Projected employment change");
    expect(text).toContain("Openings projected each year");
    expect(text).not.toContain("Where ML is being adopted");
    expect(text).not.toContain("Machine Learning Engineer");
  });

  it("reads the risk asked of the thread's role", () => {
    expect(lastAnswerText("what does a qa engineer do", "is it at risk of automation")).toContain(
      "No source measures how much of a QA Engineer's work automation may take over",
    );
  });

  it("answers 'is help desk going away' with its outlook, a decline", () => {
    expect(answerText("is help desk going away")).toContain(
      "Projected employment change, computer user support specialists, 2024–34 (a decline)",
    );
  });
});
