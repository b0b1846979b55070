import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A move from an occupation, its pay asked "starting out" or "at first": the entry level's figure is said,
// or that there is none, as it is for a move from a role.
describe("pay at the start of a move from an occupation", () => {
  it.skipIf(!officialLayerInstalled)("says the entry level has no figure", () => {
    for (const [start, asked] of [
      [
        "been a bank teller 6 yrs, thinking of moving into data analytics",
        "would i take a pay cut starting out",
      ],
      ["im a bank teller, want to get into data analytics", "how much less would i make at first"],
    ] as const) {
      const text = saidWithLayer(start, asked);
      expect(text, asked).toContain("Pay: Tellers vs Data Analyst");
      expect(text, asked).toContain("no entry level figure for Data Analyst");
    }
  });
});
