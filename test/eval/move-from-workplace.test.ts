import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Past bug: "from fast food to it support" answered ML's Best practices › Deployment, and "should i move from
// construction into data analyst" dropped where the move starts. A place of work starting a move is its
// workers' occupation, as their title names it ("fast food worker"): both sides' pay, side by side. Elsewhere
// such words are the work talked about.
describe("a move from a place of work", () => {
  it.skipIf(!officialLayerInstalled)("is weighed from its workers' occupation", () => {
    const text = saidWithLayer("from fast food to it support");
    expect(text).toContain("From Fast Food and Counter Workers to IT Support Specialist");
    expect(text).toContain("$31,200");
    expect(text).not.toContain("Deployment");
  });

  it.skipIf(!officialLayerInstalled)("reads one word of it too", () => {
    expect(saidWithLayer("should i move from construction into data analyst")).toContain(
      "From Construction Laborers to Data Analyst",
    );
  });

  it.skipIf(!officialLayerInstalled)("leaves the same words alone outside a move", () => {
    expect(saidWithLayer("do data analysts work in construction")).not.toContain("Construction Laborers");
  });
});
