import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "cook" is a job and a verb: after "what to", "how to" or "what should i" it is the verb, and the question
// off topic (before, "what to cook for dinner" asked back which of the cooks' occupations was meant).
describe.skipIf(!officialLayerInstalled)("a job's title said as a verb", () => {
  it("is no job", () => {
    for (const q of ["what to cook for dinner", "how to cook rice", "what should i cook tonight"]) {
      expect(saidWithLayer(q), q).toContain("That's outside what I know about.");
    }
  });

  it("stays the job where a job stands", () => {
    expect(saidWithLayer("how much do cooks make")).toContain("Cooks, Restaurant (35-2014)");
    expect(saidWithLayer("from cook to data analyst")).toContain("to Data Analyst");
  });
});
