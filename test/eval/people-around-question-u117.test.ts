import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// u117: "are there any certifications worth doing for this, or do hiring managers mostly ignore them?" after
// a data scientist's way in said "I don't cover hiring managers yet"; the people who hire, judging, were read
// as a job asked about (and "hiring managers" as a kind of manager, which dropped the thread's role).
describe("the people who hire, named as judging candidates, in a thread on one role", () => {
  it.each([
    "are there any certifications actually worth doing for this, or do hiring managers mostly ignore them?",
    "do hiring managers even care about certs for this?",
    "is a bootcamp enough or will hiring managers ignore it",
  ])("%s answers the thread role's education", (q) => {
    const text = lastAnswerText("how do i become a data scientist", q);
    expect(text).toContain("Education for a Data Scientist");
    expect(text).not.toContain("I don't cover hiring managers");
  });

  it("what hiring managers look for answers the thread role's skills", () => {
    expect(
      lastAnswerText("how do i become a data scientist", "what do hiring managers look for in this role"),
    ).toContain("Skills for a Data Scientist");
  });

  it("still reads a hiring manager asked about as a job", () => {
    expect(lastAnswerText("how much do hiring managers make")).toContain("I don't cover hiring managers");
    expect(lastAnswerText("what does a hiring manager do")).toContain("I don't cover hiring manager");
  });
});

// u117: "I'm a first-year grad student and my advisor keeps saying research…" read a "student advisor" (two
// words joined by "and" sharing a title's last word): "my" opens another person, no title's first word.
describe.skipIf(!officialLayerInstalled)("the asker and their advisor joined by 'and'", () => {
  it.each([
    "Is there a big difference between doing ml and being an AI research scientist? I'm a first-year grad student and my advisor keeps saying research like it's a totally different career",
    "I'm a grad student and my advisor says research is different. ml engineer vs ai research scientist?",
    "im a phd student and my advisor keeps saying research is a different career. difference between ml and ai research scientist?",
  ])("%s compares the two roles, no counsellor's figures", (q) => {
    const text = saidWithLayer(q);
    expect(text).toContain("Machine Learning Engineer vs Computer and Information Research Scientist");
    expect(text).not.toContain("Educational, Guidance, and Career Counselors");
  });

  it("still reads two words sharing a title's last word", () => {
    expect(saidWithLayer("I run the AV and classroom tech for a university, what should I earn?")).toContain(
      "Audio and Video Technicians (SOC 27-4011)",
    );
  });
});
