import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// Sweep (issue 21): "out of I.T. into HR": HR the field where a move leads is an occupation (Human Resources
// Specialists, where people moving in start), not the way into IT; "hr" the hour stays the hour.
describe("HR the field", () => {
  it("is the occupation a move from IT leads to, not the way into IT", () => {
    const u = understand("trying to get out of I.T. into HR");
    expect(u.entities.uncovered.map((o) => o.typed)).toEqual(["hr"]);
    const text = answerText("trying to get out of I.T. into HR");
    expect(text).toMatch(/Human Resources|HR Specialists/);
    expect(text).not.toContain("How to become an IT Support Specialist");
  });

  it("is the hour after a number or 'an'", () => {
    expect(understand("qa engineer pay 40 an hr").entities.uncovered).toEqual([]);
    expect(answerText("what does a data analyst make per hr")).toContain("Data Analyst pay per hour");
  });
});
