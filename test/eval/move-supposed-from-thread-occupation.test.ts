import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// Past bug: "if she moved into data analyst" after a registered nurse's pay gave a soft-skill tip (the data
// analyst's path alone): a move supposed of someone, after an occupation's figures, starts from that
// occupation, both sides' pay set side by side.
describe.skipIf(!officialLayerInstalled)("a move supposed after an occupation's pay", () => {
  it.each([
    [
      "how much does a registered nurse make",
      "if she moved into data analyst",
      "From Registered Nurses to Data Analyst",
    ],
    [
      "how much does a registered nurse make",
      "what if she moves into data analytics",
      "From Registered Nurses to Data Analyst",
    ],
    [
      "what do electricians make",
      "and if he switched to it support?",
      "From Electricians to IT Support Specialist",
    ],
  ])("%s → %s", (first, followUp, heading) => {
    const said = saidWithLayer(first, followUp);
    expect(said).toContain(heading);
    expect(said).toContain("Pay side by side:");
  });
});
