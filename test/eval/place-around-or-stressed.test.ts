import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";
import { answerText, lastAnswerText } from "../support/questions.js";

// A town no places list holds, named after "around" or "near" as after "in", or with a word of emphasis after
// it ("in hartford specifically"), is a place with no figures of its own: said first. Before, the national
// figures came with no word of the town.
describe("a town after 'around', or stressed with 'specifically'", () => {
  it("says there are no figures for the town", () => {
    expect(answerText("it support pay around hartford")).toContain("No figures for Hartford");
    expect(lastAnswerText("how much do data analysts make", "in hartford specifically")).toContain(
      "No figures for Hartford",
    );
  });

  it("leaves a listed place, and words that name no place, as they were", () => {
    expect(answerText("software engineer salary in seattle specifically")).not.toContain(
      "No figures for Seattle",
    );
    expect(answerText("data analyst pay in demand specifically")).not.toContain("No figures for");
    expect(answerText("software engineer salary near me")).not.toContain("No figures for");
  });
});

describe.skipIf(!officialLayerInstalled)("an occupation's pay, then a town stressed", () => {
  it("says there are no figures for the town", () => {
    expect(saidWithLayer("what does a actuary make?", "in hartford specifically")).toContain(
      "No figures for Hartford",
    );
  });
});
