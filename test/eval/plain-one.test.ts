import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// words-f: "what does a lead ml make vs a regular one" gave Lead MLE's pay alone. "A regular one" set against
// a role whose name begins with a rung is the same role without it: the two compared.
describe("a rung's role set against 'a regular one'", () => {
  it.each([
    ["what does a lead ml make vs a regular one", "lead-machine-learning-engineer"],
    ["distinguished ml engineer vs a normal one, which pays more", "distinguished-machine-learning-engineer"],
    ["lead mle salary compared to a normal one?", "lead-machine-learning-engineer"],
  ])("%s compares pay with Machine Learning Engineer", (q, id) => {
    const u = understand(q);
    expect(u.intent).toBe("payCompare");
    expect(u.roles.map((r) => r.id)).toEqual([id, "machine-learning-engineer"]);
    expect(answerText(q)).toMatch(/^Pay: .* vs Machine Learning Engineer/m);
  });

  it("compares the work where no pay is asked", () => {
    const u = understand("is a lead mle job harder than a regular one");
    expect(u.roles.map((r) => r.id)).toEqual(["lead-machine-learning-engineer", "machine-learning-engineer"]);
  });

  it("leaves a role with no plain form as it was", () => {
    expect(understand("senior applied scientist vs a regular one").roles.map((r) => r.id)).toEqual([
      "senior-applied-scientist-ads-ranking",
    ]);
  });
});
