import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A short question that asks one thing of a role named (its skills, certifications, remote work): that
// thing, not another section, how to start, or the last answer again.
const answer = lastAnswerText;

describe("one thing asked of a role named", () => {
  it("answers skills asked by someone already in the role with its skills, not how to start", () => {
    const text = answer("its my first week on helpdesk, what skills should i pick up");
    expect(text).toContain("Skills for an IT Support Specialist");
    expect(text).not.toContain("Getting started as");
  });

  it("answers 'certs or is it all experience' with certifications, education and experience", () => {
    const text = answer("does a network administrator need certs or is it all experience");
    expect(text).toContain("The knowledge base names no certification for Network Administrator");
    expect(text).toContain(
      "Work experience in a related occupation for network and computer systems administrators",
    );
    expect(text).not.toContain("What a Network Administrator does");
  });

  it("says there is nothing on remote work for the role when a thread opens with it", () => {
    const text = answer("is IT support remote friendly");
    expect(text).toContain("no figures on “remote” for IT Support Specialist");
    expect(text).not.toContain("Projected employment change");
  });
});
