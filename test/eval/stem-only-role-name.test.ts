import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "building engineer" met DevOps's alias "build engineer" only through the stems; O*NET lists Building Engineer
// as it is typed (Civil Engineers; Maintenance and Repair Workers, General), so it is that job, never DevOps.
describe.skipIf(!officialLayerInstalled)("a title that meets a role's name only through its stems", () => {
  it("is the occupations O*NET lists it under", () => {
    for (const q of ["building engineer salary", "what does a building engineer make"]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Maintenance and Repair Workers, General (49-9071)");
      expect(text, q).not.toContain("DevOps Engineer pay");
    }
  });

  it("leaves the role's own name, short forms and slips to the role", () => {
    expect(saidWithLayer("build engineer salary")).toContain("DevOps Engineer pay");
    expect(saidWithLayer("swe vs full stack dev")).toContain("Software Engineer vs Full Stack Developer");
    expect(saidWithLayer("product manager vs project manager")).toContain("Product Manager");
  });
});
