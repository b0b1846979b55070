import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A kind of employer or of place no figures are split by ("a smaller shop", "a nonprofit", "a small town"):
// one line that there are no figures for it, then the figures there are.
describe.skipIf(!officialLayerInstalled)("pay asked at a kind of employer or place", () => {
  it("says an IT manager's figures are not by employer size", () => {
    const text = saidWithLayer("what does an IT manager make at a smaller shop");
    expect(text).toContain(
      "No figures for small companies: the official figures are the whole occupation's, across all employers.",
    );
    expect(text).toContain("$175,140");
  });

  it("says so of nonprofits for a curated role", () => {
    const text = saidWithLayer("what do software engineers make at a nonprofit");
    expect(text).toContain("No figures by kind of company");
    expect(text).toContain("Software Engineer at nonprofits");
  });

  it("says there are no figures for small towns", () => {
    expect(saidWithLayer("what does an electrician make in a small town")).toContain(
      "No figures for small towns: the official layer holds national figures only",
    );
    expect(saidWithLayer("network admin salary in a small town")).toContain(
      "General figures for Network Administrator, not small towns'",
    );
  });
});
