import { existsSync } from "node:fs";
import { feedbackReport, shareText } from "../insights/feedback-report.js";
import { operatorReport, weekSummary } from "../insights/operator-report.js";
import { insightLifetimeMs } from "../insights/record.js";
import { JsonStore, StoreError } from "../store/file/json-store.js";
import { PostgresStore } from "../store/postgres/postgres-store.js";
import type { Store } from "../store/store.js";

/**
 * `career insights`: the operator's report from the store the app uses (DATABASE_URL, else DATA_FILE):
 * the questions it could not answer, the roles asked about that the knowledge does not cover (counts,
 * never who), the busiest kinds of question, and the week's most explored items.
 */
export async function runInsightsCommand(
  env: NodeJS.ProcessEnv,
  now = new Date(),
): Promise<{ code: number; out: string }> {
  const url = env.DATABASE_URL?.trim();
  const file = env.DATA_FILE?.trim() || "data/career-bot.json";
  if (!url && !existsSync(file))
    return {
      code: 0,
      out: `No store at ${file} yet (set DATA_FILE or DATABASE_URL): nothing has been asked.`,
    };
  let store: Store | undefined;
  try {
    store = url ? await PostgresStore.open(url) : await JsonStore.open(file);
    const since = new Date(now.getTime() - insightLifetimeMs);
    const records = await store.insightsSince(since);
    const report = operatorReport(records, now);
    const feedback = feedbackReport(await store.feedbackSince(since));
    const week = weekSummary(records, now);
    const list = (items: string[], none: string) =>
      items.length ? items.map((i) => `  - ${i}`) : [`  ${none}`];
    const out = [
      `What people asked in the last 30 days (${report.total} questions; counts only, never who):`,
      "",
      "Questions I could not answer:",
      ...list(
        report.unanswered.map((u) => `${u.question} (${u.count})`),
        "none",
      ),
      "",
      "Roles asked about that the knowledge does not cover (a role file answers them; see knowledge/README.md):",
      ...list(
        report.uncovered.map((u) => `${u.occupation} (${u.count})`),
        "none",
      ),
      "",
      "Busiest kinds of question:",
      ...list(
        report.busiest.map((b) => `${b.kind} (${b.count})`),
        "none yet",
      ),
      "",
      "This week's most explored roles (at least three people each):",
      ...list(
        week.roles.map((r) => `${r.id} (asked ${r.asked} times)`),
        "none yet",
      ),
      "",
      `👍 / 👎 on answers (${feedback.total} in all), the 👎 share per kind of answer:`,
      ...list(
        feedback.byKind.map((k) => `${k.kind}: ${shareText(k)}`),
        "none yet",
      ),
      "",
      "Latest 👎 questions (career feedback export <file> writes them for labelling):",
      ...list(
        feedback.recentNegative.map(
          (n) => `${n.question ?? "(words not kept: INSIGHTS is off)"} (${n.kind}, ${n.at.slice(0, 10)})`,
        ),
        "none",
      ),
    ];
    return { code: 0, out: out.join("\n") };
  } catch (error) {
    if (error instanceof StoreError) return { code: 1, out: error.message };
    return { code: 1, out: `Could not read the store: ${(error as Error).message}` };
  } finally {
    await store?.close();
  }
}
