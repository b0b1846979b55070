import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "is it worth it in nyc tho" after a move from an occupation: the move weighed again in a place, answered
// by both sides' pay there (each saying where it has no figure). Before, it was the end role's outlook, with
// no word of the place.
describe.skipIf(!officialLayerInstalled)("a move weighed in a place", () => {
  it("gives both sides' pay there", () => {
    const text = saidWithLayer(
      "paralegal at a mid size law firm, 6 yrs. thinking about switching to data analyst, worth it?",
      "is it worth it in nyc tho",
    );
    expect(text).toContain("Pay: Paralegals and Legal Assistants vs Data Analyst");
    expect(text).toContain("No New York City, NY figure for Paralegals and Legal Assistants");
  });

  it("still weighs the move itself where no place is named", () => {
    const text = saidWithLayer(
      "paralegal at a mid size law firm, 6 yrs. thinking about switching to data analyst, worth it?",
      "is it worth it tho",
    );
    expect(text).toContain("From Paralegals and Legal Assistants to Data Analyst");
  });
});
