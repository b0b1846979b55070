import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "from the city clerk's office": an office named by who runs it is where the person works, and its words no
// job asked about (before, the city clerks' figures answered what the best paid jobs in IT are). The job
// asked about by its own name is still read.
describe.skipIf(!officialLayerInstalled)("an office named by who runs it", () => {
  it("is no job asked about", () => {
    const text = saidWithLayer("hi from the city clerk's office. what are the best paid jobs in IT?");
    expect(text).toContain("Best paid IT roles");
    expect(text).not.toContain("Court, Municipal, and License Clerks");
  });

  it("leaves the job asked by its name", () => {
    expect(saidWithLayer("what does a city clerk make")).toContain("Court, Municipal, and License Clerks");
  });
});
