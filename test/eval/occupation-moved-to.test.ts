import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "should i move from paralegal to technical writer", then "is it in demand": a follow-up after a move between
// two occupations asks of the one moved to, the other beside it (before: the paralegals' figures, r88).
describe("a follow-up after a move between two occupations", () => {
  it.skipIf(!officialLayerInstalled)("answers of the occupation moved to", () => {
    const text = saidWithLayer(
      "should i move from paralegal to technical writer",
      "is it in demand in denver",
    );
    expect(text).toMatch(/^Technical Writers \(SOC 27-3042\)/);
    expect(text).toContain("Beside Paralegals and Legal Assistants");
    expect(
      saidWithLayer(
        "my sister wants to switch from dental hygienist to ux designer, good idea?",
        "what would she need to learn",
      ),
    ).toMatch(/^Web and Digital Interface Designers/);
  });

  it.skipIf(!officialLayerInstalled)("keeps the first of two occupations set side by side", () => {
    expect(saidWithLayer("cna vs lpn pay", "and outlook?")).toMatch(/^Nursing Assistants/);
  });
});
