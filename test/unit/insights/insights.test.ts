import { describe, expect, it } from "vitest";
import { ask } from "../../../src/advisor/ask.js";
import { operatorReport, weekSummary } from "../../../src/insights/operator-report.js";
import {
  askerOf,
  counted,
  type InsightRecord,
  type InsightTally,
  tallyKey,
} from "../../../src/insights/record.js";
import { InsightRecorder } from "../../../src/insights/recorder.js";
import { realKnowledge } from "../../support/knowledge.js";

const day = 86_400_000;
const now = new Date("2026-11-22T12:00:00Z");
const asked = (
  daysAgo: number,
  asker: string,
  roles: string[],
  extra: Partial<InsightRecord> = {},
): InsightRecord => ({
  at: new Date(now.getTime() - daysAgo * day).toISOString(),
  kind: "salary",
  roles,
  skills: [],
  found: true,
  asker,
  ...extra,
});

/** The tallies a store keeps for these questions: folded exactly as the stores fold them. */
function tallied(records: InsightRecord[], team?: string): InsightTally[] {
  const byKey = new Map<string, InsightTally>();
  for (const r of records) byKey.set(tallyKey(r, team), counted(byKey.get(tallyKey(r, team)), r, team));
  return [...byKey.values()];
}

describe("this week here", () => {
  it("shows an item only when at least three different people asked about it", () => {
    const two = [
      asked(1, "a", ["mle"]),
      asked(2, "b", ["mle"]),
      asked(2, "b", ["mle"]),
      asked(3, "a", ["mle"]),
    ];
    expect(weekSummary(tallied(two), now).roles).toEqual([]);
    const three = [...two, asked(1, "c", ["mle"])];
    expect(weekSummary(tallied(three), now).roles).toEqual([{ id: "mle", asked: 5 }]);
  });

  it("still finds three people when they are spread over tallies that each keep three askers", () => {
    // Four people on one day (the tally keeps three of them), one of those four again on another day.
    const records = [
      ...["a", "b", "c", "d"].map((p) => asked(1, p, ["mle"])),
      asked(2, "d", ["mle"], { kind: "role" }),
      asked(2, "e", ["dse"]),
      asked(3, "f", ["dse"], { kind: "skills" }),
    ];
    const tallies = tallied(records);
    expect(Math.max(...tallies.map((t) => t.askers.length))).toBe(3);
    expect(weekSummary(tallies, now).roles).toEqual([{ id: "mle", asked: 5 }]);
  });

  it("keeps a day's alike questions as one tally, however many were asked", () => {
    const records = Array.from({ length: 5000 }, (_, i) => asked(1, `p${i}`, ["mle"]));
    const tallies = tallied(records);
    expect(tallies).toHaveLength(1);
    expect(tallies[0]).toMatchObject({ count: 5000, askers: ["p0", "p1", "p2"] });
  });

  it("says what is rising against the week before", () => {
    const records = [
      ...["a", "b", "c", "d"].map((p) => asked(2, p, ["swe"])),
      asked(9, "a", ["swe"]),
      ...["a", "b", "c"].map((p) => asked(3, p, ["dse"])),
      ...["a", "b", "c", "d"].map((p) => asked(10, p, ["dse"])),
    ];
    const week = weekSummary(tallied(records), now);
    expect(week.rising).toEqual([{ id: "swe", asked: 4, kind: "role", lastWeek: 1 }]);
    expect(week.roles.map((r) => r.id)).toEqual(["swe", "dse"]);
  });

  it("counts skills ticked and comparisons", () => {
    const records = ["a", "b", "c"].flatMap((p) => [
      asked(1, p, [], { kind: "tick", skills: ["python"] }),
      asked(1, p, ["mle", "swe"], { kind: "compare", comparison: "mle+swe" }),
    ]);
    const week = weekSummary(tallied(records), now);
    expect(week.skills).toEqual([{ id: "python", asked: 3 }]);
    expect(week.comparisons).toEqual([{ id: "mle+swe", asked: 3 }]);
  });

  it("keeps the asker as a keyed hash, never the user id", () => {
    const a = askerOf("secret", "T1", "U123ABC");
    expect(a).not.toContain("U123ABC");
    expect(a).toBe(askerOf("secret", "T1", "U123ABC"));
    expect(a).not.toBe(askerOf("other secret", "T1", "U123ABC"));
  });

  it("reports unanswered questions and uncovered roles by count", () => {
    const records = [
      asked(1, "a", [], { kind: "question", found: false, question: "How do I become a pilot?" }),
      asked(2, "b", [], { kind: "question", found: false, question: "how do i become a pilot?" }),
      asked(2, "c", [], { kind: "not covered", found: false, uncovered: "Nurses" }),
      asked(40, "d", [], { kind: "question", found: false, question: "too old to count" }),
    ];
    const report = operatorReport(tallied(records), now);
    expect(report.unanswered).toEqual([{ question: "how do i become a pilot?", count: 2 }]);
    expect(report.uncovered).toEqual([{ occupation: "Nurses", count: 1 }]);
    expect(report.total).toBe(3);
  });
});

describe("two questions in one message", () => {
  it("are recorded as two things asked, each as if asked alone", async () => {
    const kept: InsightRecord[] = [];
    const sink = { recordInsight: async (r: InsightRecord) => void kept.push(r) };
    const recorder = new InsightRecorder(
      sink,
      "secret",
      () => now,
      true,
      () => {},
    );
    const both = ask(
      realKnowledge(),
      "how much do IT support ppl make? and do u need a degree for it",
    ).answer;
    recorder.answered(both, "how much do IT support ppl make? and do u need a degree for it", {
      userId: "U1",
    });
    await Promise.resolve();
    expect(kept.map((r) => [r.kind, r.roles, r.found])).toEqual([
      ["question", ["it-support-specialist"], true],
      ["question", ["it-support-specialist"], true],
    ]);
  });
});
