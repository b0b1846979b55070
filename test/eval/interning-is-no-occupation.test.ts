import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Found by an unseen check (r96): "site reliabilty engineer vs devops enginer whats the difference? im
// interning on an infra team" read "interning" as internists' work (General Internal Medicine Physicians) and
// answered with their figures. Interning, said of oneself, is trying a job out, as interviewing is looking.
describe("interning said of oneself", () => {
  it.skipIf(!officialLayerInstalled)("leaves the comparison asked", () => {
    const text = saidWithLayer(
      "site reliabilty engineer vs devops enginer whats the difference? im interning on an infra team",
    );
    expect(text).toContain("Site Reliability Engineer vs DevOps Engineer");
    expect(text).not.toContain("Internal Medicine");
  });

  it.skipIf(!officialLayerInstalled)("still reads internists asked of", () => {
    expect(saidWithLayer("internist salary")).toContain("General Internal Medicine Physicians");
  });
});
