import { existsSync, writeFileSync } from "node:fs";
import { corpusEntries } from "../insights/feedback-report.js";
import { insightLifetimeMs } from "../insights/record.js";
import { JsonStore, StoreError } from "../store/file/json-store.js";
import { PostgresStore } from "../store/postgres/postgres-store.js";
import type { Store } from "../store/store.js";

const usage = "Usage: career feedback export <file>   (writes the 👎 questions as corpus entries to label)";

/**
 * `career feedback export <file>`: the questions people marked 👎 in the last 30 days, from the store the
 * app uses (DATABASE_URL, else DATA_FILE), written as unlabelled entries of the question corpus
 * (eval/corpus/*.yaml) for a person to label.
 */
export async function runFeedbackCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  now = new Date(),
): Promise<{ code: number; out: string }> {
  const [action, file, ...rest] = args;
  if (action !== "export" || !file || rest.length > 0) return { code: 2, out: usage };
  const url = env.DATABASE_URL?.trim();
  const dataFile = env.DATA_FILE?.trim() || "data/career-bot.json";
  if (!url && !existsSync(dataFile))
    return {
      code: 1,
      out: `No store at ${dataFile} (set DATA_FILE or DATABASE_URL): no feedback to export.`,
    };
  let store: Store | undefined;
  try {
    store = url ? await PostgresStore.open(url) : await JsonStore.open(dataFile);
    const records = await store.feedbackSince(new Date(now.getTime() - insightLifetimeMs));
    const yaml = corpusEntries(records);
    try {
      writeFileSync(file, yaml);
    } catch (error) {
      return {
        code: 1,
        out: `Could not write ${file}: ${(error as Error).message}. Choose a writable path.`,
      };
    }
    const count = (yaml.match(/^- id: /gm) ?? []).length;
    return {
      code: 0,
      out: `Wrote ${count} 👎 question${count === 1 ? "" : "s"} to ${file}, unlabelled: set intent, entities and expect for each, then move them into eval/corpus/.`,
    };
  } catch (error) {
    if (error instanceof StoreError) return { code: 1, out: error.message };
    return { code: 1, out: `Could not read the store: ${(error as Error).message}` };
  } finally {
    await store?.close();
  }
}
