import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

// "which pays more at senior" after "nurse to data analyst, worth it?" gave both sides' national pay with no
// word of the level; and "and in chicago?" after it lost the nurse side to a question back. Both sides stay,
// each said to have a figure there or not.
describe.skipIf(!officialLayerInstalled)("a move from an occupation, its pay asked at a level", () => {
  it("says the occupation has no level figures and shows the role's where it has one", () => {
    const text = saidWithLayer("nurse to ml engineer, worth it?", "which pays more at senior");
    expect(text).toContain("Pay: Registered Nurses vs Machine Learning Engineer");
    expect(text).toContain("No senior level figure for Registered Nurses");
    expect(text).toContain("Machine Learning Engineer has a senior level figure ($177,177 – $184,000)");
  });

  it("says where neither side has a figure for the level", () => {
    const text = saidWithLayer("nurse to data analyst, worth it?", "which pays more at senior");
    expect(text).toContain("No senior level figure for Registered Nurses");
    expect(text).toContain("no senior level figure for Data Analyst");
    expect(text).toContain("$97,550");
  });

  it("keeps both sides for a place asked after the level", () => {
    const text = saidWithLayer(
      "nurse to data analyst, worth it?",
      "which pays more at senior",
      "and in chicago?",
    );
    expect(text).toContain("Pay: Registered Nurses vs Data Analyst");
    expect(text).toContain("No Illinois (Chicago) figure for Registered Nurses");
  });
});
