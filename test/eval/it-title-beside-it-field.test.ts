import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "IT manager salary?? … never make more than 120 in IT management": the "IT" of the occupation's own title
// said again is no field set against it. Before, it was asked back which IT role to set beside "it manager".
describe("IT said again beside an IT occupation's own title", () => {
  it.skipIf(!officialLayerInstalled)("gives the occupation's figures, not a question back", () => {
    const text = saidWithLayer(
      "`IT manager` salary?? my boss says > you'd never make more than 120 in IT management",
    );
    expect(text).toContain("Computer and Information Systems Managers (SOC 11-3021): official US figures");
    expect(text).not.toContain("Which IT role do you want to set beside");
  });

  it.skipIf(!officialLayerInstalled)(
    "still asks which IT role when IT is set against another occupation",
    () => {
      expect(saidWithLayer("is IT or nursing better paid")).toContain(
        "Which IT role do you want to set beside",
      );
    },
  );
});
