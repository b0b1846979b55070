import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Past bug (r75): "i do remote customer support …, want to move to qa" read no start of the move (the way
// into QA from nothing), and "the pay difference between where i am and that" gave QA's pay alone.
describe("a field done, said of oneself", () => {
  it.skipIf(!officialLayerInstalled)("is where the move starts", () => {
    for (const q of [
      "i do remote customer support for a saas company, mostly tier 1 tickets and i write up a lot of bug reports for the devs. want to move to qa, is that a realistic jump?",
      "im doing customer support rn, thinking about qa, good idea?",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("From Customer Service Representatives to QA Engineer");
      expect(text, q).toContain("$44,770");
    }
  });

  it.skipIf(!officialLayerInstalled)("sets the pay held against the move's end", () => {
    const text = saidWithLayer(
      "i do customer support for a saas company, want to move to qa",
      "whats the pay difference roughly between where i am and that",
    );
    expect(text).toContain("Pay: Customer Service Representatives vs QA Engineer");
    expect(text).toContain("$104,300");
  });

  it.skipIf(!officialLayerInstalled)("is no job held after 'should i do'", () => {
    expect(saidWithLayer("should i do customer support or sales")).not.toContain("From Customer Service");
  });
});
