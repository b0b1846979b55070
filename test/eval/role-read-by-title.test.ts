import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// A role read from another of its occupation's O*NET titles says how it was read: "PACS admin" (O*NET files
// PACS Administrator under Database Administrators) was answered as a database administrator with no word
// of why, though a PACS administrator runs imaging systems.
describe.skipIf(!officialLayerInstalled)("a role read from an O*NET title of its occupation", () => {
  it("says how the title was read", () => {
    for (const q of ["im a radiology PACS admin, whats my next step", "pacs administrator salary"]) {
      expect(saidWithLayer(q), q).toContain(
        "as Database Administrator: O*NET lists it among the titles of Database Administrators (SOC 15-1242)",
      );
    }
  });

  it("says nothing more of a role named by its own name", () => {
    expect(saidWithLayer("database administrator salary")).not.toContain("O*NET lists it among");
  });
});
