import { describe, expect, it } from "vitest";
import { answerText, understand } from "../support/questions.js";

// A move's start given as the military, as a field of engineering, or with an age before the
// job ("a 42 yo accountant") is read as that start, not dropped for the destination's duties.
describe("a move from the military", () => {
  it("is a move whose start has no official figures", () => {
    for (const [q, heading] of [
      ["army vet, 12 yrs signals. thinking network administrator.", "From army vet to Network Administrator"],
      [
        "ex-army (11B infantry) looking to get into cybersecurity",
        "From ex army to Information Security Analyst",
      ],
      ["military to software engineer?", "From military to Software Engineer"],
    ] as const) {
      const text = answerText(q);
      expect(text).toContain(heading);
      expect(text).toMatch(/No official figures for “(army vet|ex army|military)”/);
      expect(text).toContain("Pay side by side");
    }
  });
});

describe("the military left for the IT field", () => {
  it("is the way into IT, not a move from soldiers", () => {
    for (const [q, service] of [
      ["thinking about IT after the army", "army"],
      ["leaving the military, is IT a good option", "military"],
      ["ex army, want to get into IT", "army"],
    ] as const) {
      const text = answerText(q);
      expect(text, q).toContain("How to become an IT Support Specialist");
      expect(text, q).toContain(`No source I hold says how time in the ${service} counts toward IT work.`);
      expect(text, q).not.toContain("Soldiers");
    }
  });

  it("reads a lower-case 'it' turned to after the service as the field", () => {
    expect(answerText("thinking about it after the army")).toContain(
      "How to become an IT Support Specialist",
    );
  });

  it("answers the field's growth where that is asked", () => {
    expect(answerText("getting out of the army, is IT growing")).toContain("Fastest growing IT roles");
  });

  it("keeps a role named as the move's end", () => {
    expect(answerText("army vet, thinking network administrator")).toContain(
      "From army vet to Network Administrator",
    );
  });
});

describe("a move from a field or with an age said", () => {
  it("reads 'mechanical engineering' as Mechanical Engineers", () => {
    const text = answerText("from mechanical engineering to software engineering, too late at 40?");
    expect(text).toMatch(/From (Mechanical Engineers|mechanical engineering) to Software Engineer/);
    expect(text).toContain("nothing on age");
  });

  it("keeps the job after an age ('a 42 yo accountant')", () => {
    for (const q of [
      "can a 42 yo accountant retrain as a data analyst?",
      "can a 42 year old accountant retrain as a data analyst?",
    ]) {
      expect(understand(q).entities.uncovered.map((o) => o.typed)).toEqual(["accountant"]);
      expect(answerText(q)).not.toContain("Common challenges");
    }
  });
});
