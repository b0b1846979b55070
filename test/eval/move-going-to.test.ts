import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "what about going to EM instead" after a move is the move from the same start to EM, as
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

// Past bug: "staff swe wanting to try engineering management. pay cut?" was two salary lists, no verdict.
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

// Past bug: "thinking about going IT to cloud" read "going" as going for the first side, so the move led
// to IT support itself ("How to become an IT Support Specialist"). A role (or IT) with "to" and a field's
// word right after it is where the move starts, whatever word of going stands before it; which of the
// field's roles is asked back, with the move from it to each. One role on both sides asks where it leads.
describe("going from a role to a field", () => {
  it.each([
    ["thinking about going sysadmin to cloud, how hard", "cloud", "System Administrator"],
    ["switch sysadmin to security?", "security", "System Administrator"],
    ["moving sysadmin -> cloud", "cloud", "System Administrator"],
    ["going helpdesk to cloud how hard", "cloud", "IT Support Specialist"],
  ])("%s asks which %s role, from %s", (q, field, from) => {
    const text = lastAnswerText(q);
    expect(text).toContain(`Which ${field} role do you want to move to from ${from}? Pick one:`);
    expect(text).not.toContain("How to become");
  });

  it("keeps a move to a role named after 'going from'", () => {
    expect(lastAnswerText("going from helpdesk to devops")).toContain(
      "From IT Support Specialist to DevOps Engineer",
    );
  });

  it("asks where a move leads when one role is named on both sides", () => {
    for (const [q, role] of [
      ["thinking of going sysadmin to sysadmin", "System Administrator"],
      ["qa -> qa worth it?", "QA Engineer"],
    ] as const) {
      const text = lastAnswerText(q);
      expect(text).toContain(
        `Both sides of this move read as ${role}. Which role do you want to move to from ${role}?`,
      );
      expect(text).not.toContain(`From ${role} to ${role}`);
    }
  });
});
