import { beforeAll, describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";
import { lastAnswerText } from "../../support/questions.js";

// Stress asked in another word or with a slip ("stressed", "stressfull", "draining") is said back in the one
// plain word: before, "whether the work is stressed" repeated the word as typed, and "stressfull" or
// "draining" were not read as asking about the work at all (the outlook was shown again).
describe.skipIf(!officialLayerInstalled)("stress asked of the thread's occupation", () => {
  beforeAll(() => {
    saidWithLayer("hi");
  }, 120_000);

  it.each(["is the work stressed", "is it stressfull", "is the job draining", "is it stresful"])(
    "says %s plainly",
    (followUp) => {
      const text = saidWithLayer("dental hygienist pay", followUp);
      expect(text).toContain("nothing on whether the work is stressful for Dental Hygienists");
      expect(text).not.toMatch(/is (?:stressed|stressfull|draining|stresful)\b/);
    },
  );

  it("says stress once where burnout is asked beside it", () => {
    const text = saidWithLayer("what does a pharmacist earn", "is it stressful, burnout?");
    expect(text).toContain("nothing on stress and burnout for Pharmacists.");
    expect(text).not.toContain("whether the work is");
  });
});

describe("stress asked of a role", () => {
  it("says a slip as the plain word", () => {
    expect(lastAnswerText("is sre stressfull")).toContain(
      "whether working as a Site Reliability Engineer is stressful",
    );
  });
});
