import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Short follow-ups that ask one thing (probe r14): each gets that thing, not another section or the
// last answer again.
const answer = lastAnswerText;

describe("one thing asked after a move", () => {
  it("answers 'is that a senior role' with the rung of the role the move leads to", () => {
    for (const ask of ["is that a senior role", "is it a senior role"]) {
      const text = answer("dba to data architect", ask);
      expect(text).toContain("Career path for a Data Architect");
      expect(text).toContain("No source rates Data Architect as senior");
      expect(text).not.toContain("Roles I know");
    }
  });

  it("answers 'whats the day to day' with the duties of the role the move leads to", () => {
    const text = answer("teacher switching to product manager, doable?", "whats the day to day");
    expect(text).toContain("What a Product Manager does");
    expect(text).not.toContain("How to become a Product Manager");
  });

  it("says plainly there is nothing on on-call for either side, not the move's table", () => {
    const text = answer(
      "senior backend dev here, thinking of moving to SRE, is that smart",
      "is it more on call heavy",
    );
    expect(text).toContain(
      "The knowledge base has nothing on on-call duty for a Site Reliability Engineer or a Back-End Developer",
    );
    expect(text).not.toContain("Pay side by side");
  });
});

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

describe("which point of the pay spread a figure shown is", () => {
  it("says the figure is the median, with the low end shown, for 'is that median or starting'", () => {
    const text = answer("how much does a network administrator make", "is that median or starting");
    expect(text).toContain("The main figure shown is the median");
    expect(text).toContain("10th–90th percentile, network and computer systems administrators");
    expect(text).not.toContain("Pick what you want to know");
  });

  it("reads a level set against the average as the same question, not that level's pay", () => {
    const text = answer("it support pay", "is that the average or entry level");
    expect(text).toContain("The main figure shown is the median");
    expect(text).not.toContain("Education");
    // A level asked alone is still that level's pay.
    expect(answer("mle salary", "entry level?")).not.toContain("The main figure shown is the median");
  });

  it("gives the 90th percentile shown for 'whats the top 10% then'", () => {
    const text = answer("is it normal for IT support to top out around 60k", "whats the top 10% then");
    expect(text).toContain("90th percentile, computer user support specialists: $100,540");
    expect(text).not.toContain("Career path for");
  });
});
