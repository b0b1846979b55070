import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "the trucking kind" after dispatchers' pay narrows the thread's occupation to the title the kind makes with
// it (truck dispatcher, O*NET's under the same dispatchers); read alone it was the truck drivers' job.
describe.skipIf(!officialLayerInstalled)("a kind of the thread's occupation", () => {
  it("keeps the occupation, narrowed", () => {
    const text = saidWithLayer("what do dispatchers make", "the trucking kind, we're a freight startup");
    expect(text).toContain("Dispatchers, Except Police, Fire, and Ambulance (SOC 43-5032)");
    expect(text).not.toContain("Truck Drivers");
  });

  it("leaves a kind that makes no title of the occupation as it was read", () => {
    const text = saidWithLayer("what do dispatchers make", "trucking pay");
    expect(text).not.toContain("“truck dispatcher”");
  });
});
