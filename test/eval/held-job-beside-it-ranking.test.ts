import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "whats the best paid jobs in IT that dont mean coding? asking for my wife shes a unit clerk": the job said
// to be held is who asks, not what is ranked; the IT roles by pay are the answer (before: the unit clerk's
// occupation figures alone).
describe("a job held said beside a ranking of IT's roles", () => {
  it.skipIf(!officialLayerInstalled)("ranks IT's roles, not the occupation held", () => {
    for (const q of [
      "whats the best paid jobs in IT that dont mean coding? asking for my wife shes a unit clerk at a hospital",
      "im a unit clerk, what are the best paid IT jobs",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Best paid IT roles");
      expect(text, q).not.toContain(
        "Medical Secretaries and Administrative Assistants (SOC 43-6013): official",
      );
    }
  });
});
