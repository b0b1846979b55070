import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "which is easier, help desk or network admin": two roles weighed by ease alone are weighed by what each
// asks to enter, as "which is easier to get into" is (before: the whole comparison, ease left unsaid).
describe.skipIf(!officialLayerInstalled)("two roles weighed by ease alone", () => {
  it("gives what each asks to enter", () => {
    for (const q of [
      "which is easier, help desk or network admin",
      "help desk or network admin, which one is harder?",
      "which is easier to get into, help desk or network admin",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("IT Support Specialist asks less education to enter");
      expect(text, q).toContain("No source rates how hard each is to get hired as");
      expect(text, q).not.toContain("What they do:");
    }
  });

  it("leaves the job itself weighed by ease to the comparison", () => {
    expect(saidWithLayer("is a lead mle job harder than a regular one")).toContain(
      "Lead Machine Learning Engineer vs Machine Learning Engineer",
    );
  });
});
