import { beforeAll, describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../../support/official-layer.js";

// A subject's teacher with no stage named ("history teacher") may teach at a school or a college: asked back
// which, with buttons (before, O*NET's one listing answered: History Teachers, Postsecondary alone, or Middle
// School Teachers for "math teacher"). With a stage or a college named, that occupation's figures.
describe.skipIf(!officialLayerInstalled)("a subject's teacher with or without a stage", () => {
  beforeAll(() => {
    saidWithLayer("hi");
  }, 120_000);

  it.each([
    ["history teacher salary", "History Teachers, Postsecondary (25-1125)"],
    ["how much do math teachers make", "Mathematical Science Teachers, Postsecondary (25-1022)"],
    ["english teacher pay?", "English Language and Literature Teachers, Postsecondary (25-1123)"],
  ])("asks back which for %s", (question, college) => {
    const text = saidWithLayer(question);
    expect(text).toContain("may be any of several occupations");
    expect(text).toContain(
      "Secondary School Teachers, Except Special and Career/Technical Education (25-2031)",
    );
    expect(text).toContain("Middle School Teachers, Except Special and Career/Technical Education (25-2022)");
    expect(text).toContain(college);
    expect(text).toContain("Which one?");
  });

  it.each([
    [
      "high school history teacher salary",
      "Secondary School Teachers, Except Special and Career/Technical Education (SOC 25-2031)",
    ],
    ["college history teacher salary", "History Teachers, Postsecondary (SOC 25-1125)"],
    ["college math professor pay", "Mathematical Science Teachers, Postsecondary (SOC 25-1022)"],
    [
      "8th grade science teacher salary",
      "Middle School Teachers, Except Special and Career/Technical Education (SOC 25-2022)",
    ],
  ])("answers %s for the stage named", (question, occupation) => {
    expect(saidWithLayer(question)).toContain(`${occupation}: official US figures`);
  });

  it("keeps the ask-back for teachers of every stage as it was", () => {
    expect(saidWithLayer("teachers salary")).toContain(
      '"teachers" is a title O*NET lists under several occupations',
    );
  });
});
