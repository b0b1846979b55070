import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Unseen check: "operations coordinator salary" gave Airfield Operations Specialists' figures as if the title
// named that occupation: O*NET lists it there, and under Brokerage Clerks and Managers, All Other too; the
// lookup reads it as the one whose own title shares a word ("operations"). The reading stays (the same rule
// reads "project coordinator" as Project Management Specialists), and the answer says which other
// occupations list the title, so a vague title is not taken for a plain one.
describe.skipIf(!officialLayerInstalled)("a title O*NET lists under several occupations", () => {
  it("says the others that list it", () => {
    const text = saidWithLayer("operations coordinator salary");
    expect(text).toContain("O*NET lists under Airfield Operations Specialists (SOC 53-2022)");
    expect(text).toContain("Brokerage Clerks (SOC 43-4011)");
    expect(text).toContain("the title alone does not say which occupation is meant");
  });

  it("says nothing more of a title one occupation lists", () => {
    const text = saidWithLayer("influencer salary");
    expect(text).toContain(
      "O*NET lists under Models (SOC 41-9012): these are that whole occupation's figures.",
    );
    expect(text).not.toContain("does not say which");
  });
});
