import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

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

// Past bug: "just the regular one" after the ML engineers' pay asked back what of Machine Learning
// Engineer. As a reply in a thread on a family of roles with rungs of their own, it picks the one without.
describe("'the regular one' picked in a thread on a family of roles", () => {
  it.each([
    ["how much does an ml person make", "just the regular one", "Machine Learning Engineer pay"],
    ["lead mle salary", "the normal one", "Machine Learning Engineer pay"],
    [
      "what skills does a distinguished ml engineer need",
      "what about a regular one",
      "Skills for a Machine Learning Engineer",
    ],
  ])("%s, then %s", (first, reply, said) => {
    const text = lastAnswerText(first, reply);
    expect(text.split("\n")[0]).toContain(said);
    expect(text).not.toContain("Pick what you want to know");
  });

  it("picks nothing where the thread's roles have no rungs of their own", () => {
    expect(lastAnswerText("data scientist vs data analyst", "the normal one")).not.toContain(
      "Machine Learning Engineer",
    );
  });
});
