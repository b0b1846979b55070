import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// After a move from an occupation, what "it" pays in a place, or a level asked with nothing weighed, is the
// pay of the role the move leads to: the occupation's official figures have no levels, and "it" is one job
// (before, both sides' pay was set side by side, the occupation first). Weighing the two sides at a level
// ("who makes more at the senior level") still sets them side by side.
describe.skipIf(!officialLayerInstalled)("pay after a move from an occupation", () => {
  const move =
    "im a loss prevention analyst at a regional retailer. a buddy says security analyst is the natural jump. is it actually in demand";

  it("answers what 'it' pays with the move's end alone", () => {
    const text = saidWithLayer(move, "how much does it pay in minneapolis");
    expect(text).toContain("No figures for Minneapolis");
    expect(text).not.toContain("Private Detectives and Investigators vs");
  });

  it("answers a level with the move's end alone", () => {
    const text = saidWithLayer("im a librarian, should i move into data analyst?", "what about senior level");
    expect(text).toContain("Data Analyst pay:");
    expect(text).not.toContain("Librarians and Media Collections Specialists vs");
  });

  it("keeps both sides when the level weighs them", () => {
    const text = saidWithLayer(
      "im a librarian, should i move into data analyst?",
      "who makes more at the senior level?",
    );
    expect(text).toContain("Librarians and Media Collections Specialists vs Data Analyst");
  });
});
