import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Misses of the last session's note (list fix-left9): what each now reads, and a nearby wording that must not
// change. Occupations need the whole official layer, as the probe reads it; its first load takes a while.
describe.skipIf(!officialLayerInstalled)("misses of the last session's note", { timeout: 60_000 }, () => {
  it("gives the other role's tools when a role held only says who asks", () => {
    for (const q of [
      "im a data analyst, what tools do ml engineers use",
      "as a data analyst, what tools do ML engineers use?",
    ])
      expect(saidWithLayer(q)).toContain("Tools and frameworks a Machine Learning Engineer uses:");
    expect(saidWithLayer("im a qa engineer what tools do data engineers use")).toContain(
      "Tools and frameworks a Software Data Engineer uses:",
    );
    // The tools the asker needs for the move stay the move's gap.
    expect(saidWithLayer("im a data analyst, what tools will i need to become an ml engineer")).toContain(
      "From Data Analyst to Machine Learning Engineer",
    );
    expect(saidWithLayer("qa to devops - what tools will i need")).toContain(
      "From QA Engineer to DevOps Engineer",
    );
  });
});
