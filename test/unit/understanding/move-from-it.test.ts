import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "to get to sysadmin from it" after IT support's pay: "from it" is where the thread is, as "from there" is;
// the answer was a search hit on soft skills and AutoML.
describe("a move from 'it', the thread's role", () => {
  it("is the move from IT support to sysadmin after IT support's pay", () => {
    const text = lastAnswerText(
      "whats IT support pay like these days? doing help desk for a school district in fresno, no degree, ~1 yoe",
      "is it growing or is it all getting automated away",
      "ok and what would i need to learn to get to sysadmin from it",
    );
    expect(text).toContain("From IT Support Specialist to System Administrator");
    expect(text).not.toContain("AutoML");
  });

  it("is the move from the thread's role whatever it is", () => {
    const text = lastAnswerText(
      "what do data analysts make",
      "what would i have to learn to go from it to data scientist",
    );
    expect(text).toContain("From Data Analyst to Data Scientist");
  });
});
