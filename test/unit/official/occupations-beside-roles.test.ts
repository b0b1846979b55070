import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Two occupations asked together: the first one's figures with the second one's median beside, never the
// second dropped. A level asked of a role beside an occupation: the occupation has no level in the official
// data, and the role's figure at that level (or a word that there is none) stands beside its median.
describe.skipIf(!officialLayerInstalled)("occupations asked beside others", () => {
  it("gives both pharmacy technicians' and pharmacists' pay", () => {
    for (const q of ["pharmacy tech, and pharmacist", "how much do pharmacy techs and pharmacists make"]) {
      const text = saidWithLayer(q);
      expect(text).toContain("Median annual wage, pharmacy technicians (US): $45,750");
      expect(text).toContain("Beside Pharmacists: median annual wage, pharmacists (US), $140,910");
    }
  });

  it("says the occupation has no junior figure and that the role has none at entry level either", () => {
    const text = saidWithLayer("junior swe vs electrician pay");
    expect(text).toContain("No entry level figures: BLS does not split pay by level");
    expect(text).toContain("Median annual wage, electricians (US): $63,190");
    expect(text).toContain("The knowledge base has no entry level figure for Software Engineer.");
  });

  it("sets the role's entry level figure beside the occupation where the knowledge has one", () => {
    expect(saidWithLayer("junior mle vs electrician pay")).toContain(
      "Machine Learning Engineer at entry level: $96,000 – $152,601 (AiPathly, 2024).",
    );
  });
});
