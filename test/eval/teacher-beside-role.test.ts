import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// Unseen check: "teacher vs software engineer starting salary" gave the software engineer's pay alone, the
// teacher dropped: "starting" made one role's starting pay of a question that sets an occupation against the
// role. It keeps both sides, as without "starting" ("which teacher?" asked back for a title under several
// occupations), and a reply naming the school stage ("high school", "middle school", "hs") picks the
// teachers' occupation of that stage (before: asked back again, or read as a greeting).
describe.skipIf(!officialLayerInstalled)("an occupation set against a role's starting pay", () => {
  it("keeps the occupation beside the role", () => {
    for (const [asked, occupation] of [
      ["accountant vs software engineer starting salary", "Accountants and Auditors (SOC 13-2011)"],
      ["nurse vs software engineer starting salary", "Registered Nurses (SOC 29-1141)"],
    ] as const) {
      const text = saidWithLayer(asked);
      expect(text, asked).toContain(occupation);
      expect(text, asked).toContain("Beside Software Engineer");
    }
    expect(saidWithLayer("teacher vs software engineer starting salary")).toContain(
      "is a title O*NET lists under several occupations",
    );
  });

  it("picks the teachers of the stage a reply names", () => {
    for (const [reply, occupation] of [
      [
        "high school",
        "Secondary School Teachers, Except Special and Career/Technical Education (SOC 25-2031)",
      ],
      [
        "middle school",
        "Middle School Teachers, Except Special and Career/Technical Education (SOC 25-2022)",
      ],
      ["hs", "Secondary School Teachers, Except Special and Career/Technical Education (SOC 25-2031)"],
      ["elementary", "Elementary School Teachers, Except Special Education (SOC 25-2021)"],
    ] as const) {
      const text = saidWithLayer("teacher vs software engineer starting salary", reply);
      expect(text, reply).toContain(occupation);
      expect(text, reply).toContain("Beside Software Engineer");
    }
    expect(saidWithLayer("teacher salary", "the middle school one")).toContain(
      "Middle School Teachers, Except Special and Career/Technical Education (SOC 25-2022)",
    );
  });
});
