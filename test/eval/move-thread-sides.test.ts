import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Move sweep: threads that change one side of a move. A new start offered after a move ("what about from
// accountant") keeps its end; after a move whose start stands for several occupations, another role is a
// move from that start as typed, never from the first end (otherwise: "and network architect?" after a truck
// driver's move gave the way in from nothing). (The asker's own move after saying their occupation needs the
// official layer: tuning item t3425.)
describe("a side of a move changed in its thread", () => {
  it("keeps the end for a new start", () => {
    expect(lastAnswerText("should i go from qa to sre", "what about from accountant")).toMatch(
      /From (Accountants and Auditors|accountant) to Site Reliability Engineer/,
    );
    expect(lastAnswerText("should i move from nurse to data analyst", "what about from teacher")).toContain(
      "From teacher to Data Analyst",
    );
  });

  it("keeps a start of several occupations for another role weighed next", () => {
    const text = lastAnswerText("should i move from teacher to data analyst", "what about sysadmin instead");
    expect(text).not.toContain("From Data Analyst to System Administrator");
    expect(text).toContain("From teacher to System Administrator");
  });
});
