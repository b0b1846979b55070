import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// r24 probe: "what about going to EM instead" after a move is the move from the same start to EM, as
// "what about moving to EM" is; "going to" before a role says where, not a career path of that role.
describe("going to another role after a move", () => {
  it("keeps the move's start and leads to the role named", () => {
    for (const [start, next, heading] of [
      [
        "can i move over to product management from swe?",
        "what about going to EM instead",
        "From Software Engineer to Engineering Manager",
      ],
      [
        "from front end to backend?",
        "how about going into data engineering instead",
        "From Front-End Developer to Software Data Engineer",
      ],
      [
        "thinking of pivoting from qa into devops",
        "what about going to sre instead",
        "From QA Engineer to Site Reliability Engineer",
      ],
    ] as const) {
      const text = lastAnswerText(start, next);
      expect(text).toContain(heading);
      expect(text).toContain("Pay side by side");
      expect(text).not.toMatch(/^What an? .* does:/m);
    }
  });

  it("goes on from where the move led when the words say after that", () => {
    const text = lastAnswerText(
      "barista rn, no degree. can i break into IT support?",
      "what about going to sysadmin after that",
    );
    expect(text).toContain("From IT Support Specialist to System Administrator");
    expect(text).not.toContain("Career path for a System Administrator");
  });
});

// r24 probe: "staff swe wanting to try engineering management. pay cut?" was two salary lists, no verdict.
describe("trying another role", () => {
  it("is the move to it, its pay set side by side with a verdict", () => {
    for (const q of [
      "staff swe wanting to try engineering management. pay cut?",
      "swe wanting to try engineering management",
    ]) {
      const text = lastAnswerText(q);
      expect(text).toContain("From Software Engineer to Engineering Manager");
      expect(text).toContain("On these figures Engineering Manager pays more.");
    }
  });
});
