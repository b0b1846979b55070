import { describe, expect, it } from "vitest";
import { spellWorkplaceJob } from "../../src/understanding/text/workplace-job.js";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "warehouse job pay in louisville": a job named by its workplace, opening the message with no article, is
// the job of those who work there, as "a warehouse job" is. Before, nothing was read and a ranking of tech
// roles came back.
describe("a workplace's job opening the message", () => {
  it("is spelt as the title of those who work there", () => {
    expect(spellWorkplaceJob("warehouse job pay in louisville")).toBe(
      "warehouse worker job pay in louisville",
    );
    expect(spellWorkplaceJob("how much does a warehouse job pay")).toBe(
      "how much does a warehouse worker job pay",
    );
  });

  it("leaves warehouse jobs in the plural, and the workplace elsewhere, alone", () => {
    expect(spellWorkplaceJob("warehouse jobs pay")).toBe("warehouse jobs pay");
    expect(spellWorkplaceJob("i work in a warehouse, job pay?")).toBe("i work in a warehouse, job pay?");
  });
});

describe.skipIf(!officialLayerInstalled)("a workplace's job opening a pay question", () => {
  it("answers the occupation, the town's missing figures said", () => {
    const text = saidWithLayer("warehouse job pay in louisville");
    expect(text).toContain("Laborers and Freight, Stock, and Material Movers, Hand");
    expect(text).toContain("No figures for Kentucky");
  });
});
