import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { lastAnswerText } from "../support/questions.js";

// "what is it in boston" after a pay answer asks that pay in the place named, not what "it" is: the answer
// says where there are no figures for the place, and gives the national ones.
describe("the pay shown asked again of a place, pointed back at", () => {
  const hiring =
    "our dept is hiring an *IT support specialist* and HR wants a defensible salary range, what's the national median?";

  it("is the thread role's pay there, however the place is asked", () => {
    for (const q of ["what is it in boston", "whats it like in boston", "ok so what's that in boston?"]) {
      const text = lastAnswerText(hiring, q);
      expect(text).toContain("No figures for Boston");
      expect(text).toContain("computer user support specialists (US)");
      expect(text).not.toContain("outside what I know");
    }
  });

  it.skipIf(!officialLayerInstalled)("is the thread occupation's pay there", () => {
    const text = saidWithLayer("how much do electricians make", "what is it in texas");
    expect(text).toContain("No figures for Texas");
    expect(text).toContain("Median annual wage, electricians (US)");
  });
});
