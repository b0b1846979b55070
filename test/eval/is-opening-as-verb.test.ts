import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "is tech hiring": the "is" a question opens on is the verb, not the "IS" of O*NET's "IS Tech" (information
// systems), which read the question as IT support's outlook. The tech roles' openings are the answer.
describe("'is' opening a question before a title's word", () => {
  it.skipIf(!officialLayerInstalled)("is the verb: the tech roles' openings", () => {
    for (const q of ["is tech hiring", "is tech even hiring rn"]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Roles with the most openings each year");
      expect(text, q).not.toContain("Outlook for an IT Support Specialist");
    }
  });

  it.skipIf(!officialLayerInstalled)("stays the title after an article", () => {
    expect(saidWithLayer("im an IS tech, how do i become a sysadmin")).toContain(
      "From IT Support Specialist to System Administrator",
    );
  });
});
