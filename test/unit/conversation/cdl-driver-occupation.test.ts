import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A CDL is what heavy trucks need: "truck driving" and "a cdl job" are Heavy and Tractor-Trailer Truck
// Drivers, a new occupation after warehouse work, never the warehouse figures again.
describe.skipIf(!officialLayerInstalled)("truck driving asked after another occupation", () => {
  it("gives heavy and tractor-trailer truck drivers' figures", () => {
    const text = saidWithLayer(
      "warehouse worker pay in ohio? any growth in that",
      "what about truck driving, what does a cdl job pay",
    );
    expect(text).toMatch(/^Heavy and Tractor-Trailer Truck Drivers \(SOC 53-3032\)/);
    expect(text).toContain("Postsecondary nondegree award");
  });

  it("reads a CDL driver as that occupation, with no question back", () => {
    expect(saidWithLayer("how much do cdl drivers make")).toMatch(/^Heavy and Tractor-Trailer Truck Drivers/);
  });
});
