import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "the second one" after two occupations set side by side picks the second of them (before, "Nothing was
// offered here to pick from", or the first occupation's figures again).
describe.skipIf(!officialLayerInstalled)("a pick among the occupations set side by side", () => {
  it("picks the occupation at that place", () => {
    const asked =
      "my kid wants to be a dental hygienist or a physical therapist assistant, which one pays better and which has more openings";
    const second = saidWithLayer(asked, "the second one");
    expect(second).toContain("Physical Therapist Assistants (SOC 31-2021): official US figures");
    expect(second).not.toContain("Nothing was offered here to pick from");
    expect(saidWithLayer(asked, "what do they do day to day the second one")).toContain(
      "Physical Therapist Assistants (SOC 31-2021)",
    );
    expect(saidWithLayer("dental hygienist vs registered nurse pay", "the first one")).toContain(
      "Median annual wage, dental hygienists (US): $98,100",
    );
  });
});
