import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Past bug: "warehouse to network admin worth it?" dropped where the move starts and gave only the way into
// network administration. A warehouse starting a move is its workers' occupation (by the title "warehouse
// worker"), and "warehouse work" names the same: both sides' pay, side by side. A data warehouse is no
// warehouse work.
describe("a move from warehouse work", () => {
  it.skipIf(!officialLayerInstalled)("sets the warehouse side's pay beside the role's", () => {
    const text = saidWithLayer("warehouse to network admin worth it?");
    expect(text).toContain(
      "From Laborers and Freight, Stock, and Material Movers, Hand to Network Administrator",
    );
    expect(text).toContain("$40,240");
    expect(text).toContain("$99,130");
  });

  it.skipIf(!officialLayerInstalled)("reads 'warehouse work' as the same side", () => {
    expect(saidWithLayer("should i move from warehouse work into it support")).toContain(
      "Read “warehouse work” as Laborers and Freight",
    );
  });

  it.skipIf(!officialLayerInstalled)("leaves a data warehouse alone", () => {
    expect(saidWithLayer("moving from data warehouse development to data engineering")).not.toContain(
      "Laborers and Freight",
    );
  });
});
