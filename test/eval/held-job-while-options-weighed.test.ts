import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "i work in a warehouse, want to move into IT", "which is easier, help desk or network admin", then "what
// from my job would even count": the job held is kept while the thread weighs roles as options for it, and
// what carries over is asked back of which move (before: a search's stray "System Administrator › Career
// path" lines).
describe.skipIf(!officialLayerInstalled)("the job held while roles are weighed for it", () => {
  const warehouse = [
    "i work in a warehouse, want to move into IT",
    "which is easier, help desk or network admin",
    "what from my job would even count",
  ];

  it("asks back which move what carries over is of", () => {
    const text = saidWithLayer(...warehouse);
    expect(text).toContain("What carries over from Laborers and Freight, Stock, and Material Movers, Hand");
    expect(text).toContain("IT Support Specialist or Network Administrator");
    expect(text).not.toContain("Career path");
  });

  it("gives the move from the job held to the one picked", () => {
    expect(saidWithLayer(...warehouse, "the second one")).toContain(
      "From Laborers and Freight, Stock, and Material Movers, Hand to Network Administrator",
    );
    expect(
      saidWithLayer(
        "im a nurse, should i go for data analyst or it support",
        "does any of my experience count",
        "data analyst",
      ),
    ).toContain("From Registered Nurses to Data Analyst");
  });

  it("leaves a comparison with no job held as it was", () => {
    const text = saidWithLayer("sysadmin vs help desk", "which of my skills carry over");
    expect(text).toContain("Skills for System Administrator and IT Support Specialist");
    expect(text).not.toContain("What carries over from");
  });
});
