import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// "loss control specialist": O*NET lists no such title, but "control specialist" (valve repairers, air
// traffic controllers). The word before it begins other titles with the title's first word ("Loss Control
// Consultant", "Loss Control Surveyor"), so the job typed whole is one of their few occupations, asked back;
// before, the question back offered the shorter title's occupations.
describe.skipIf(!officialLayerInstalled)("a title narrowed by the word typed before it", () => {
  it("asks back among the occupations of the line of work, not the shorter title's", () => {
    for (const q of ["loss control specialist pay?", "what does a loss control specialist make"]) {
      const text = saidWithLayer(q);
      expect(text, q).toContain("Financial Risk Specialists (13-2054)");
      expect(text, q).not.toContain("Air Traffic Controllers");
    }
  });

  it("leaves titles read whole, and words that narrow nothing, as they were", () => {
    expect(saidWithLayer("how much does a loss control consultant make")).toContain(
      "Financial Risk Specialists (SOC 13-2054)",
    );
    expect(saidWithLayer("pest control technician pay")).toContain("Pest Control Workers (SOC 37-2021)");
    expect(saidWithLayer("what does a night shift nurse make")).toContain("Registered Nurses (SOC 29-1141)");
  });
});
