import type { FeedbackReport } from "./feedback-report.js";
import { type InsightTally, minimumPeople } from "./record.js";

const dayMs = 86_400_000;

export interface CountedItem {
  id: string;
  /** How many questions were about it. */
  asked: number;
}

export interface RisingItem extends CountedItem {
  kind: "role" | "comparison" | "skill";
  lastWeek: number;
}

/** What this workspace explored in the seven days before `now`, each item asked by enough people. */
export interface WeekSummary {
  roles: CountedItem[];
  comparisons: CountedItem[];
  skills: CountedItem[];
  /** Items asked about more often than in the week before. */
  rising: RisingItem[];
}

interface Seen {
  asked: number;
  /** Different askers, enough to tell whether there were at least `minimumPeople`. */
  askers: Set<string>;
}

/**
 * Questions and askers per item. Each tally keeps at most three of its askers, which is enough: if an item
 * had three different askers on any one tally, three are kept there; if it had fewer on every tally, every
 * tally kept all of them, so the union is exact. Either way the union reaches three exactly when three or
 * more different people asked.
 */
function byItem(tallies: InsightTally[], itemsOf: (t: InsightTally) => string[]): Map<string, Seen> {
  const items = new Map<string, Seen>();
  for (const t of tallies)
    for (const item of itemsOf(t)) {
      const seen = items.get(item) ?? { asked: 0, askers: new Set<string>() };
      seen.asked += t.count;
      for (const a of t.askers) seen.askers.add(a);
      items.set(item, seen);
    }
  return items;
}

function top(items: Map<string, Seen>, limit: number): CountedItem[] {
  return [...items]
    .filter(([, seen]) => seen.askers.size >= minimumPeople)
    .map(([id, seen]) => ({ id, asked: seen.asked }))
    .sort((a, b) => b.asked - a.asked || a.id.localeCompare(b.id))
    .slice(0, limit);
}

const dayOf = (t: InsightTally) => Date.parse(`${t.day}T00:00:00Z`);

/** The week's most explored roles and comparisons, skills most ticked, and what is rising. */
export function weekSummary(tallies: InsightTally[], now: Date): WeekSummary {
  // Days, not instants: the seven days up to today, and the seven before.
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const age = (t: InsightTally) => (today - dayOf(t)) / dayMs;
  const thisWeek = tallies.filter((t) => age(t) >= 0 && age(t) < 7);
  const lastWeek = tallies.filter((t) => age(t) >= 7 && age(t) < 14);
  const sources = {
    role: (t: InsightTally) => (t.kind === "tick" ? [] : t.roles),
    comparison: (t: InsightTally) => (t.comparison ? [t.comparison] : []),
    skill: (t: InsightTally) => (t.kind === "tick" ? t.skills : []),
  } as const;
  const kinds = Object.keys(sources) as (keyof typeof sources)[];
  const now7 = Object.fromEntries(kinds.map((k) => [k, byItem(thisWeek, sources[k])])) as Record<
    keyof typeof sources,
    Map<string, Seen>
  >;
  const before = Object.fromEntries(kinds.map((k) => [k, byItem(lastWeek, sources[k])])) as Record<
    keyof typeof sources,
    Map<string, Seen>
  >;
  const rising: RisingItem[] = kinds
    .flatMap((kind) =>
      top(now7[kind], 50).map((i) => ({ ...i, kind, lastWeek: before[kind].get(i.id)?.asked ?? 0 })),
    )
    .filter((i) => i.asked > i.lastWeek)
    .sort((a, b) => b.asked - b.lastWeek - (a.asked - a.lastWeek) || a.id.localeCompare(b.id))
    .slice(0, 3);
  return {
    roles: top(now7.role, 3),
    comparisons: top(now7.comparison, 3),
    skills: top(now7.skill, 5),
    rising,
  };
}

/** The operator's view of the last 30 days: what could not be answered, roles not covered, busiest kinds. */
export interface OperatorReport {
  unanswered: { question: string; count: number }[];
  uncovered: { occupation: string; count: number }[];
  busiest: { kind: string; count: number }[];
  total: number;
  /** 👍 / 👎 on answers: the 👎 share per kind of answer, and the latest 👎 questions. */
  feedback?: FeedbackReport;
}

export function operatorReport(tallies: InsightTally[], now: Date): OperatorReport {
  const recent = tallies.filter((t) => now.getTime() - dayOf(t) < 30 * dayMs && t.kind !== "tick");
  const count = (entries: [string, number][]) => {
    const m = new Map<string, number>();
    for (const [v, n] of entries) m.set(v, (m.get(v) ?? 0) + n);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  return {
    unanswered: count(recent.flatMap((t) => (t.question ? [[t.question.toLowerCase(), t.count]] : [])))
      .slice(0, 10)
      .map(([question, n]) => ({ question, count: n })),
    uncovered: count(recent.flatMap((t) => (t.uncovered ? [[t.uncovered, t.count]] : [])))
      .slice(0, 10)
      .map(([occupation, n]) => ({ occupation, count: n })),
    busiest: count(recent.map((t) => [t.kind, t.count]))
      .slice(0, 8)
      .map(([kind, n]) => ({ kind, count: n })),
    total: recent.reduce((sum, t) => sum + t.count, 0),
  };
}
