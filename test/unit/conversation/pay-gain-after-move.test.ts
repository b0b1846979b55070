import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// A gain in pay after a move, said with no word of pay ("how much would i gain", "a raise", "a bump") at a
// level: both sides' pay at that level, saying which has no figure there, never the duties of the end.
describe.skipIf(!officialLayerInstalled)("a gain in pay asked after a move", () => {
  it("answers 'how much would i gain at mid level' with both sides' pay", () => {
    const text = saidWithLayer("im in qa, should i move to devops", "how much would i gain at mid level");
    expect(text).toContain("Pay: DevOps Engineer vs QA Engineer");
    expect(text).toContain("The knowledge base has no mid level figure for DevOps Engineer or QA Engineer");
    expect(text).not.toContain("What a DevOps Engineer does");
  });

  it("gives the end's figure at the level where it has one, beside the start's", () => {
    const text = saidWithLayer(
      "im a data scientist, should i move to ml engineer",
      "would it be a raise at mid level",
    );
    expect(text).toContain("Mid level: $144,000 – $166,399");
    expect(text).toContain("Median annual wage, data scientists (US): $120,230");
  });

  it("reads 'how big a bump' as pay, not as the way in", () => {
    const text = saidWithLayer("thinking of going from sysadmin to devops", "how big a bump at senior level");
    expect(text).toContain("Pay: DevOps Engineer vs System Administrator");
  });
});
