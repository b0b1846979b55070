import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "do people stay in it long term or move up" of an occupation: no source maps its path, and what the
// sources hold of staying or moving on (the outlook, related occupations) is pointed to, not left unsaid.
describe.skipIf(!officialLayerInstalled)("an occupation's path asked", () => {
  it("says no path and where the outlook and related occupations are", () => {
    const text = saidWithLayer(
      "how much do dental hygienists make",
      "do people stay in it long term or move up",
    );
    expect(text).toContain("No source here maps a career path for Dental Hygienists");
    expect(text).toContain("Of staying or moving on, what they hold is BLS's outlook for it");
    expect(text).toContain("Projected employment change, dental hygienists");
  });
});
