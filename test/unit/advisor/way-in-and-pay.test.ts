import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// The way into a role and its pay, typed with no mark between: both answered, the way in first.
describe.skipIf(!officialLayerInstalled)("the way in and the pay in one unpunctuated message", () => {
  it("answers 'how to become a data scientist what does it pay' with both", () => {
    const text = saidWithLayer("how to become a data scientist what does it pay");
    expect(text).toContain("How to become a Data Scientist:");
    expect(text).toContain("Median annual wage, data scientists (US): $120,230");
    expect(text.indexOf("How to become")).toBeLessThan(text.indexOf("Median annual wage"));
  });

  it("answers the path and the pay of an sre", () => {
    const text = saidWithLayer("whats the path to sre how much do they make");
    expect(text).toContain("Career path for a Site Reliability Engineer:");
    expect(text).toContain("Site Reliability Engineer pay:");
  });
});
