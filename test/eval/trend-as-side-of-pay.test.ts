import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// left6 #6: "ml or mlops which pays better" asked back which role to compare with, as if "mlops" were a typo;
// MLOps is a trend the knowledge holds, no role, with no pay of its own. Said so, with the role's own pay;
// "mlops" is never read as a role.
describe("a trend set against a role's pay", () => {
  it.each([
    ["ml or mlops which pays better", "Machine Learning Engineer pay:"],
    ["does mlops pay more than ml", "Machine Learning Engineer pay:"],
    ["automl or data science which pays more", "Data Scientist pay:"],
  ])("%s", (asked, pay) => {
    const text = answerText(asked);
    expect(text).toMatch(/“(?:mlops|automl)” is no role the knowledge has/);
    expect(text).toContain(pay);
  });

  it("reads no role for mlops", () => {
    expect(understand("should i learn mlops").roles).toEqual([]);
    expect(answerText("what is mlops")).toContain("Machine Learning Operations (MLOps)");
  });

  it("leaves an unread side asked back", () => {
    expect(answerText("ml or blorpt which pays better")).toContain(
      'I could not read "blorpt" as a role I know',
    );
  });
});
