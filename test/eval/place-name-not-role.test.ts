import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Roles are read before places, so a word of a place's name that is also a role's short form ("des", the
// plural of "de") took the role: "and in des moines?" after an ML engineer's pay answered for data engineers.
describe("a word inside a place's name of several words", () => {
  it("is no role's short form", () => {
    expect(understand("mle salary in des moines").roles.map((r) => r.id)).toEqual([
      "machine-learning-engineer",
    ]);
  });

  it("leaves the thread's role in a follow-up", () => {
    const text = lastAnswerText("mle salary", "and in des moines?");
    expect(text).toContain("No figures for Iowa");
    expect(text).toContain("Machine Learning Engineer");
    expect(text).not.toContain("Data Engineer");
  });

  it("still reads the role where it stands alone", () => {
    expect(understand("how much do des make").roles.map((r) => r.id)).toEqual(["software-data-engineer"]);
  });
});
