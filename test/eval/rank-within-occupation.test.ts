import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// A rank within the thread's occupation ("senior captains" after airline pilots' pay), a title the
// occupation lists though another occupation's own title holds it, stays on the thread's occupation and says
// the official figures have no levels. A title that is plainly another occupation's own is that occupation.
describe.skipIf(!officialLayerInstalled)("a rank within the thread's occupation", () => {
  const pilots = "how much do airline pilots make fr";

  it("stays on the occupation, with no level figures", () => {
    for (const q of ["what about senior captains", "and senior captains?"]) {
      const text = saidWithLayer(pilots, q);
      expect(text).toContain("Airline Pilots, Copilots, and Flight Engineers (SOC 53-2011)");
      expect(text).toContain("No senior level figures: BLS does not split pay by level");
      expect(text).not.toContain("Water Vessels (SOC");
    }
    expect(saidWithLayer(pilots, "what do captains make")).toContain("(SOC 53-2011)");
  });

  it("leaves a title plainly another occupation's to that occupation", () => {
    expect(saidWithLayer("registered nurse salary", "what about nurse practitioners")).toContain(
      "Nurse Practitioners (SOC 29-1171)",
    );
    expect(saidWithLayer("what do captains make")).toContain("Water Vessels (SOC 53-5021)");
  });
});
