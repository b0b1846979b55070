import { beforeAll, describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

// "this is random but do you have numbers for influencers …" got the help page.
describe.skipIf(!officialLayerInstalled)("an aside about the question said before it", () => {
  // Loading the whole official layer is slow on a busy machine: once, before the questions are timed.
  beforeAll(() => {
    saidWithLayer("hi");
  }, 120_000);

  it("is set aside and the question answered", () => {
    const text = saidWithLayer(
      "this is random but do you have numbers for influencers / content creators lol half my 8th graders want to be one",
    );
    expect(text).not.toContain("Type any of these after /career");
    expect(text).toContain("“influencers” is one of the job titles O*NET lists under Models");
  });

  it("leaves an occupation's figures to the question after it", () => {
    expect(saidWithLayer("kinda off topic but what do electricians make")).toContain(
      "Electricians (SOC 47-2111)",
    );
  });
});
