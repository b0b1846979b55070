import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Two roles set side by side, then "which is easier coming from nursing": the two as options from the
// occupation (before: the nurses' own figures, since no word like "them" pointed back at the pair).
describe.skipIf(!officialLayerInstalled)("a pair weighed from an occupation", () => {
  it("sets the pair side by side as options from it", () => {
    const text = saidWithLayer("ds vs da", "which is easier coming from nursing");
    expect(text).toContain("Options from Registered Nurses (SOC 29-1141)");
    expect(text).toContain("Data Scientist vs Data Analyst");
  });

  it("leaves roles asked for as a list to the list", () => {
    expect(saidWithLayer("ds vs da", "which roles are easiest coming from nursing")).not.toContain(
      "Data Scientist vs Data Analyst",
    );
  });
});

// Asked of one at a time ("what does a ds earn", "what about a da"), the two are the pair weighed too.
describe.skipIf(!officialLayerInstalled)("two roles asked in turn, weighed from an occupation", () => {
  it("sets the two side by side as options from it", () => {
    const text = saidWithLayer(
      "what does a ds earn",
      "what about a da",
      "which is easier coming from nursing",
    );
    expect(text).toContain("Options from Registered Nurses (SOC 29-1141)");
    expect(text).toContain("Data Scientist vs Data Analyst");
  });
});
