import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "salary for a plumber in texas?" reads as the salary command; an occupation with no curated role had its
// place dropped, the national figures given with no word of Texas. Now it says first they are national.
describe("the salary command for an occupation, with a place", () => {
  it.skipIf(!officialLayerInstalled)("says there are no figures for the place first", () => {
    const text = saidWithLayer("salary for a plumber in texas?");
    expect(text).toContain("Plumbers, Pipefitters, and Steamfitters (SOC 47-2152)");
    expect(text).toContain(
      "No figures for Texas (Austin, Dallas): the official layer holds national figures only",
    );
  });

  it.skipIf(!officialLayerInstalled)("and without a place, no such word", () => {
    expect(saidWithLayer("salary plumber")).not.toContain("No figures for");
  });
});
