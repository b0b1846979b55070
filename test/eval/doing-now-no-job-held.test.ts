import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// What one is doing now, said with "im"/"been", is no job held where it is a job hunt ("im interviewing at
// deloitte") or is done to a course of study ("finishing a phd"): before, "interviewing" was read as the
// Interviewers occupation and "finishing" as Concrete Finishers, and the pay question was answered as a move
// from them. A job done somewhere ("im tutoring at a college") is still held.
describe.skipIf(!officialLayerInstalled)("an activity going on now is no job held", () => {
  it("answers a research scientist's pay to someone finishing a phd", () => {
    const text = saidWithLayer(
      "whats a research scientist salary look like? i'm finishing a phd in physics and weighing options",
    );
    expect(text).toContain("Computer and Information Research Scientist pay:");
    expect(text).not.toContain("Finishers");
  });

  it("answers the employer's missing figures to someone interviewing there", () => {
    const text = saidWithLayer("im interviewing at deloitte for a da role, whats the typical salary there");
    expect(text).toContain(
      "No figures for Deloitte: the knowledge base has no Deloitte pay figures for Data Analyst.",
    );
    expect(text).not.toContain("Interviewers");
  });

  it("keeps a job done somewhere as the job held", () => {
    expect(saidWithLayer("im tutoring at a college, should i switch to data science")).toContain(
      "From Tutors to Data Scientist",
    );
  });
});
