import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "SDE" is Amazon's and Microsoft's title for software engineers: beside them it is no software data engineer
// (before, "what does an amazon SDE make" asked back which of the two was meant).
describe("sde beside an employer that titles its engineers so", () => {
  it("is a software engineer there", () => {
    const cases: [string, string][] = [
      ["what does an amazon SDE make", "Amazon"],
      ["amazon sde pay", "Amazon"],
      ["sde at microsoft salary", "Microsoft"],
    ];
    for (const [q, employer] of cases) {
      const text = answerText(q);
      expect(text, q).toContain(`no ${employer} pay figures for Software Engineer`);
      expect(text, q).not.toContain("could mean more than one role");
    }
  });

  it("still asks which role without such an employer", () => {
    expect(answerText("sde salary")).toContain("could mean more than one role");
  });
});
