import type { InsightRecord } from "./record.js";

/** An item shown only when at least this many different people asked about it, so no one is singled out. */
export const minimumPeople = 3;

const dayMs = 86_400_000;

export interface CountedItem {
  id: string;
  people: number;
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
  /** Items more people asked about than in the week before. */
  rising: RisingItem[];
}

function people(records: InsightRecord[], itemsOf: (r: InsightRecord) => string[]): Map<string, Set<string>> {
  const byItem = new Map<string, Set<string>>();
  for (const r of records)
    for (const item of itemsOf(r)) {
      const set = byItem.get(item) ?? new Set<string>();
      set.add(r.asker);
      byItem.set(item, set);
    }
  return byItem;
}

function top(byItem: Map<string, Set<string>>, limit: number): CountedItem[] {
  return [...byItem]
    .map(([id, askers]) => ({ id, people: askers.size }))
    .filter((i) => i.people >= minimumPeople)
    .sort((a, b) => b.people - a.people || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** The week's most explored roles and comparisons, skills most ticked, and what is rising. */
export function weekSummary(records: InsightRecord[], now: Date): WeekSummary {
  const t = now.getTime();
  const thisWeek = records.filter((r) => t - Date.parse(r.at) < 7 * dayMs && Date.parse(r.at) <= t);
  const lastWeek = records.filter(
    (r) => t - Date.parse(r.at) >= 7 * dayMs && t - Date.parse(r.at) < 14 * dayMs,
  );
  const sources = {
    role: (r: InsightRecord) => (r.kind === "tick" ? [] : r.roles),
    comparison: (r: InsightRecord) => (r.comparison ? [r.comparison] : []),
    skill: (r: InsightRecord) => (r.kind === "tick" ? r.skills : []),
  } as const;
  const now7 = Object.fromEntries(
    Object.entries(sources).map(([k, f]) => [k, people(thisWeek, f)]),
  ) as Record<keyof typeof sources, Map<string, Set<string>>>;
  const before = Object.fromEntries(
    Object.entries(sources).map(([k, f]) => [k, people(lastWeek, f)]),
  ) as Record<keyof typeof sources, Map<string, Set<string>>>;
  const rising: RisingItem[] = (Object.keys(sources) as (keyof typeof sources)[])
    .flatMap((kind) =>
      top(now7[kind], 50).map((i) => ({ ...i, kind, lastWeek: before[kind].get(i.id)?.size ?? 0 })),
    )
    .filter((i) => i.people > i.lastWeek)
    .sort((a, b) => b.people - b.lastWeek - (a.people - a.lastWeek))
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
}

export function operatorReport(records: InsightRecord[], now: Date): OperatorReport {
  const recent = records.filter((r) => now.getTime() - Date.parse(r.at) < 30 * dayMs && r.kind !== "tick");
  const count = (values: string[]) => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  return {
    unanswered: count(recent.flatMap((r) => (r.question ? [r.question.toLowerCase()] : [])))
      .slice(0, 10)
      .map(([question, n]) => ({ question, count: n })),
    uncovered: count(recent.flatMap((r) => (r.uncovered ? [r.uncovered] : [])))
      .slice(0, 10)
      .map(([occupation, n]) => ({ occupation, count: n })),
    busiest: count(recent.map((r) => r.kind))
      .slice(0, 8)
      .map(([kind, n]) => ({ kind, count: n })),
    total: recent.length,
  };
}
