import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "should i push for ds or stay analyst": pushing for a role is going for it, the move from the job held.
// Before, it was read as the role's duties, with the job held and the move left out.
describe("a role pushed for", () => {
  it("is the move from the job held to it", () => {
    expect(answerText("im a data analyst, should i push for ds or stay analyst")).toContain(
      "From Data Analyst to Data Scientist",
    );
    expect(answerText("sysadmin here, thinking of pushing for sre")).toContain(
      "From System Administrator to Site Reliability Engineer",
    );
  });

  it("asks which, where the job held is a kind that several roles end in", () => {
    const text = answerText("im an analyst on the underwriting team, should i push for ds or stay analyst");
    expect(text).toContain("Which analyst is the move to Data Scientist from?");
    expect(text).not.toContain("What a Data Scientist does");
  });
});
