import { describe, expect, it } from "vitest";
import { understand } from "../support/questions.js";

// Past bug: "is ml worth it in 2025 or is it oversaturated now" gave the ML trends: the year and "now" leaned
// the words to trends, and "ml" was read as the field. Whether a line of work is worth going into, or too
// crowded to, is its role's outlook, as "is swe oversaturated" is.
describe("ml judged as worth going into", () => {
  it.each([
    "is ml worth it in 2025 or is it oversaturated now",
    "is ml worth it in 2025",
    "is ml oversaturated now",
    "is ml oversaturated in 2025",
    "is ml still a good career",
  ])("%s → Machine Learning Engineer's outlook", (asked) => {
    const u = understand(asked);
    expect([u.intent, u.roles.map((r) => r.id)]).toEqual(["outlook", ["machine-learning-engineer"]]);
  });

  it("reads the same of a role named in full", () => {
    const u = understand("is swe worth it in 2025 or is it oversaturated now");
    expect([u.intent, u.roles.map((r) => r.id)]).toEqual(["outlook", ["software-engineer"]]);
  });

  it("keeps ml's trends where they are asked", () => {
    expect(understand("what are the ml trends in 2025").intent).toBe("trend");
  });
});
