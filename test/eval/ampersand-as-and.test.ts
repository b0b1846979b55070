import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "&" alone between words is "and": "av & classroom tech" is the job held, as "av and classroom tech" is
// (before, the "&" was dropped with the marks, "av classroom tech" was no title, and the move lost its start).
describe("'&' between words", () => {
  it.skipIf(!officialLayerInstalled)("joins two words sharing a title's last word, as 'and' does", () => {
    for (const q of [
      "i handle av & classroom tech at a school, can i move into sysadmin",
      "i do av & classroom tech, could i become a network admin",
    ]) {
      expect(saidWithLayer(q), q).toMatch(
        /From Audio and Video Technicians to (System|Network) Administrator/,
      );
    }
  });
});
