import YAML from "yaml";

/**
 * One 👍 or 👎 on an answer, kept without the person's id: what kind of answer it was, its roles, the
 * knowledge's version, and for a 👎 (only when INSIGHTS is on) the question's words, so that a person can
 * label it for the question corpus. Kept 30 days, like the record of what is asked.
 */
export interface FeedbackRecord {
  at: string;
  value: "positive" | "negative";
  kind: string;
  roles: string[];
  knowledge: string;
  question?: string;
  /** The workspace, with OAuth installs into several (an admin sees their own workspace's only). */
  team?: string;
}

/** The operator's view of the feedback: the 👎 share per kind of answer, and the latest 👎 questions. */
export interface FeedbackReport {
  byKind: { kind: string; positive: number; negative: number; negativeShare: number }[];
  recentNegative: { at: string; kind: string; question?: string }[];
  total: number;
}

export function feedbackReport(records: FeedbackRecord[], recent = 10): FeedbackReport {
  const kinds = new Map<string, { positive: number; negative: number }>();
  for (const r of records) {
    const k = kinds.get(r.kind) ?? { positive: 0, negative: 0 };
    k[r.value]++;
    kinds.set(r.kind, k);
  }
  const byKind = [...kinds]
    .map(([kind, k]) => ({ kind, ...k, negativeShare: k.negative / (k.positive + k.negative) }))
    .sort(
      (a, b) => b.negativeShare - a.negativeShare || b.negative - a.negative || a.kind.localeCompare(b.kind),
    );
  const recentNegative = records
    .filter((r) => r.value === "negative")
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, recent)
    .map((r) => ({ at: r.at, kind: r.kind, ...(r.question ? { question: r.question } : {}) }));
  return { byKind, recentNegative, total: records.length };
}

/** "40% of 5" */
export const shareText = (k: FeedbackReport["byKind"][number]) =>
  `${Math.round(k.negativeShare * 100)}% 👎 of ${k.positive + k.negative}`;

/**
 * The 👎 questions as entries of the question corpus (eval/corpus/*.yaml), unlabelled: `id` and `ask` are
 * set, and what the answer was (kind, roles, knowledge version, day) is a comment; `intent`, `entities` and
 * `expect` are for the person who labels them. The same question asked twice is one entry.
 */
export function corpusEntries(records: FeedbackRecord[]): string {
  const seen = new Set<string>();
  const negatives = records
    .filter((r) => r.value === "negative" && r.question?.trim())
    .sort((a, b) => a.at.localeCompare(b.at))
    .filter((r) => {
      const key = (r.question ?? "").trim().toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const header = [
    "# Questions people marked 👎 (career feedback export), not yet labelled. For each: set intent, entities",
    "# and expect (strings copied from knowledge/), then move it into eval/corpus/tuning.yaml or heldout.yaml.",
    "",
  ];
  if (negatives.length === 0) return `${header.join("\n")}[]\n`;
  const entries = negatives.map((r, i) => {
    const id = `feedback-${String(i + 1).padStart(3, "0")}`;
    const item = YAML.stringify([{ id, ask: (r.question ?? "").trim() }], { lineWidth: 0 }).trimEnd();
    return [
      item,
      `  # answered as ${r.kind}${r.roles.length ? ` (${r.roles.join(", ")})` : ""}, knowledge ${r.knowledge}, ${r.at.slice(0, 10)}`,
      "  # intent: ",
      "  # entities: { }",
      "  # expect: [ ]",
    ].join("\n");
  });
  return `${header.join("\n")}${entries.join("\n")}\n`;
}
