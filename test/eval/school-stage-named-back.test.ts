import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// After the teachers' occupations were asked back, a reply naming a school stage picks that stage's
// teachers (before, the question was asked again; the eleven occupations' sixth had no button).
describe.skipIf(!officialLayerInstalled)("a school stage named back", () => {
  it("picks that stage's teachers", () => {
    const cases: [string, string, string][] = [
      ["how much do teachers make", "high school", "Secondary School Teachers, Except Special"],
      ["science teacher salary", "high school", "Secondary School Teachers, Except Special"],
      ["how much do teachers make", "hs", "Secondary School Teachers, Except Special"],
      ["teacher salary", "the middle school one", "Middle School Teachers, Except Special"],
      ["teacher salary", "elementary", "Elementary School Teachers, Except Special"],
    ];
    for (const [asked, reply, title] of cases) {
      const text = saidWithLayer(asked, reply);
      expect(text, `${asked} / ${reply}`).toContain(title);
      expect(text, `${asked} / ${reply}`).toContain("Median annual wage");
      expect(text, `${asked} / ${reply}`).not.toContain("Which occupation do you mean");
    }
  });
});
