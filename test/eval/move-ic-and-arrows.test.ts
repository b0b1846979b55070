import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/understanding/command-grammar.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText } from "../support/questions.js";

// Move sweep: an individual contributor ("IC") as a side of a move, a field after a role's name and "to"
// ("qa to ai"), a field beside an arrow ("em -> ic"), the two career tracks set against each other, and
// a move from "help desk" that is no help command.
describe("a move to or from IC, or to a field", () => {
  it("reads IC beside an engineering manager as Software Engineer, either way", () => {
    for (const [q, heading] of [
      ["EM back to IC", "From Engineering Manager to Software Engineer"],
      ["should i go back to IC from em", "From Engineering Manager to Software Engineer"],
      ["em -> ic?", "From Engineering Manager to Software Engineer"],
      ["thinking about going from ic to em", "From Software Engineer to Engineering Manager"],
      ["em thinking of going back to ic sre", "From Engineering Manager to Site Reliability Engineer"],
      ["EM back to IC, pay cut?", "From Engineering Manager to Software Engineer"],
      [
        "moving from engineering manager to individual contributor, worth it?",
        "From Engineering Manager to Software Engineer",
      ],
    ] as const) {
      const text = answerText(q);
      expect(text).toContain(heading);
      expect(text).toContain("Pay side by side");
    }
  });

  it("reads a field right after a role's name and 'to' as where the move leads", () => {
    for (const [q, heading] of [
      ["qa to ai", "From QA Engineer to Machine Learning Engineer"],
      ["should i go from qa to ai", "From QA Engineer to Machine Learning Engineer"],
      ["swe to ai worth it", "From Software Engineer to Machine Learning Engineer"],
      ["ios -> backend", "From Mobile Developer to Back-End Developer"],
      ["from database administrator to ai?", "From Database Administrator to Machine Learning Engineer"],
      // One word no list reads beside where the move leads leaves the role its end.
      ["backend->platform/sre", "From Back-End Developer to Site Reliability Engineer"],
      ["swe to platform sre worth it", "From Software Engineer to Site Reliability Engineer"],
      // A field's word as the start is its role too, not a role whose name holds the word.
      ["from ai to back-end developer?", "From Machine Learning Engineer to Back-End Developer"],
    ] as const)
      expect(answerText(q)).toContain(heading);
  });

  it("weighs the manager's track against the IC's as Engineering Manager and Software Engineer", () => {
    expect(answerText("manager track vs staying IC")).toContain("Engineering Manager vs Software Engineer");
    expect(answerText("should i stay ic or go into management")).toContain(
      "From Software Engineer to Engineering Manager",
    );
    // A role named keeps the question its own: the tracks are that role's.
    expect(answerText("lead mle, should I go ic or management track")).not.toContain("Software Engineer vs");
  });

  it("reads 'help desk' as IT support, not the help command", () => {
    for (const q of ["help desk→swe", "help desk salary"])
      expect(parseCommand(realKnowledge(), q)).toEqual({ kind: "ask", question: q });
    expect(parseCommand(realKnowledge(), "help me")).toEqual({ kind: "help" });
    expect(answerText("help desk→swe")).toContain("From IT Support Specialist to Software Engineer");
  });
});
