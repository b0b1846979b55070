import { beforeAll, describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

// A recruiter asked about is O*NET's Human Resources Specialists (before, "recruiters" was taken for a word
// of job-search talk, an intent example's, and "how much do recruiters make" was asked back "Which role do
// you mean?"); a recruiter who screens, judges or tells is the question's context, never its subject.
describe.skipIf(!officialLayerInstalled)("a recruiter asked about or named as context", () => {
  beforeAll(() => {
    saidWithLayer("hi");
  }, 120_000);

  it.each([
    "how much do recruiters make",
    "recruiters salary?",
    "do recruiters make good money",
    "what does a tech recruiter earn",
    "is recruiting a good career",
    "is recruitment a good career?",
  ])("answers %s with Human Resources Specialists' figures", (question) => {
    const text = saidWithLayer(question);
    expect(text).toContain("Human Resources Specialists (SOC 13-1071): official US figures");
    expect(text).not.toContain("Which role do you mean?");
  });

  it("reads the recruiter who looks for something as context", () => {
    const text = saidWithLayer("what does a recruiter look for in a data scientist");
    expect(text).toContain("Skills for a Data Scientist");
    expect(text).not.toContain("Human Resources Specialists");
  });

  it("reads a recruiter screen or what a recruiter said as context", () => {
    expect(saidWithLayer("got a recruiter screen tomorrow, what should i ask")).not.toContain(
      "Human Resources Specialists",
    );
    expect(saidWithLayer("a recruiter told me im underpaid")).not.toContain("Human Resources Specialists");
  });

  it("reads recruiting said of employers as hiring, not the job", () => {
    expect(saidWithLayer("which sectors are recruiting software devs")).not.toContain(
      "Human Resources Specialists",
    );
    expect(saidWithLayer("is google recruiting right now")).not.toContain("Human Resources Specialists");
  });
});
