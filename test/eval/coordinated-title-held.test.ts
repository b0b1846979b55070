import { beforeAll, describe, expect, it } from "vitest";
import { knowledgeWithLayer, officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// The whole official layer loads once, before the first question, however busy the machine.
beforeAll(() => {
  if (officialLayerInstalled) knowledgeWithLayer();
}, 120_000);

// "i run the AV and classroom tech": "av" and "classroom" share "tech", and "av tech" is the job held. The
// move from it is answered as moves from other occupations are: pay side by side, then what to learn.
describe("a job held said with two words sharing its title's last word", () => {
  it.skipIf(!officialLayerInstalled)("answers the move from that occupation", () => {
    for (const q of [
      "i run the AV and classroom tech for a university (projectors, zoom rooms, the occasional printer meltdown :fire:). want to move to system administrator. what's the gap",
      "i do AV and classroom tech at a university, want to move to system administrator",
    ]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("From Audio and Video Technicians to System Administrator");
      expect(text, q).toContain("Pay side by side:");
      expect(text, q).toContain("To learn:");
    }
  });
});
