import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "cloud architect vs network architect at senior level": a level none of the roles compared has figures for
// is said first, so the pay below is not read as that level's.
describe("a comparison asked at a level with no figures", () => {
  it("says the pay is for all levels", () => {
    const text = lastAnswerText("last one, *cloud architeckt* vs *netwrok architect* at senior level");
    expect(text).toContain("Cloud Architect vs Network Architect");
    expect(text).toContain(
      "No senior level figures for Cloud Architect or Network Architect: the pay below is for all levels.",
    );
  });

  it("says nothing of levels when none is asked", () => {
    expect(lastAnswerText("cloud architect vs network architect")).not.toContain("for all levels");
  });
});
