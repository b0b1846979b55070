import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Move sweep: a lone short form between "from" and "to" is where the move starts ("from dev to devops"), and
// a move from IT the field asked what it does to pay ("pay cut?") asks which IT role, as the move does.
describe("a move's start as a short form, and IT's move asked on pay", () => {
  it("reads 'dev' between from and to as Software Engineer", () => {
    for (const q of ["from dev to devops", "should i go from dev to devops"])
      expect(answerText(q)).toContain("From Software Engineer to DevOps Engineer");
  });

  it("asks which IT role for a move from IT asked on a pay change", () => {
    expect(answerText("moving from IT to data analytics, pay cut?")).toContain(
      "Which IT role are you in now? Pick one to see the move to a Data Analyst",
    );
  });
});
