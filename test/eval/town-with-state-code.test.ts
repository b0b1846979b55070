import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// A town no places list names, typed with its state's postal code ("in albany ny", "in reno nv"), is a place
// with no figures of its own: the answer says so first, then gives the general figures, labelled. Before, the
// code kept the town from being read, and the national figures came with no word of the town.
describe("a town typed with its state's code", () => {
  it("says there are no figures for the town before the general ones", () => {
    for (const [q, town] of [
      ["software engineer salary in albany ny", "Albany, NY"],
      ["how much do data analysts make in reno nv", "Reno, NV"],
      ["sre pay in Madison, WI?", "Madison, WI"],
      // Both words ordinary English and in occupations' titles (greenskeepers, bay operators).
      ["sre pay in green bay wi", "Green Bay, WI"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain(`No figures for ${town}`);
      expect(text, q).toContain("pay:");
    }
  });

  it("does so in a follow-up to the thread's pay", () => {
    const text = lastAnswerText("software engineer salary", "what about in madison wi");
    expect(text).toContain("No figures for Madison, WI");
    expect(text).toContain("General figures for Software Engineer");
  });

  it("still reads a state the places list holds, and a town with no code", () => {
    expect(answerText("software engineer salary in madison")).toContain("No figures for Madison:");
    expect(answerText("software engineer salary in fresno ca")).not.toContain("No figures for Fresno");
    // A word of the knowledge's own text before a code is no town's.
    expect(answerText("data analyst pay in healthcare nc")).not.toContain("No figures for Healthcare");
  });
});
