import { existsSync } from "node:fs";
import { ConfigError } from "./config.js";
import { PostgresStore } from "./store/postgres.js";
import { countsOf, JsonStore, StoreError } from "./store/store.js";

const usage =
  "Usage: career store import <lowdb file>   copy a lowdb data file into the database DATABASE_URL names\n" +
  "       career store export <file>         write the database's data to a new lowdb file";

/**
 * `career store import|export`: moving between the lowdb file and PostgreSQL. Import is repeatable (records
 * are written over their own keys); export refuses to overwrite a file.
 */
export async function runStoreCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; out: string }> {
  const [action, file] = args;
  if ((action !== "import" && action !== "export") || !file) return { code: 2, out: usage };
  const url = env.DATABASE_URL?.trim();
  if (!url)
    return {
      code: 2,
      out: new ConfigError([
        "DATABASE_URL is missing: set it to the PostgreSQL database to import into or export from, e.g. postgres://user@host:5432/career.",
      ]).message,
    };
  let database: PostgresStore | undefined;
  try {
    database = await PostgresStore.open(url);
    if (action === "import") {
      if (!existsSync(file)) return { code: 2, out: `${file}: no such file. ${usage}` };
      const source = await JsonStore.open(file);
      const counts = await database.importData(await source.exportData());
      return {
        code: 0,
        out: `Imported ${file} into the database: ${counts.users} users, ${counts.subscriptions} subscriptions, ${counts.posts} digest posts, ${counts.conversations} conversations (records already there were overwritten with the file's).`,
      };
    }
    if (existsSync(file))
      return { code: 2, out: `${file} already exists; export writes a new file. Choose another name.` };
    const data = await database.exportData();
    const target = await JsonStore.open(file);
    await target.importData(data);
    const counts = countsOf(data);
    return {
      code: 0,
      out: `Exported the database to ${file}: ${counts.users} users, ${counts.subscriptions} subscriptions, ${counts.posts} digest posts, ${counts.conversations} conversations.`,
    };
  } catch (error) {
    if (error instanceof StoreError) return { code: 1, out: error.message };
    return { code: 1, out: `The store command failed: ${(error as Error).message}` };
  } finally {
    await database?.close();
  }
}
