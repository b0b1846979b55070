import { existsSync } from "node:fs";
import { ConfigError, tokenKeysFrom } from "../runtime/config.js";
import { JsonStore, StoreError } from "../store/file/json-store.js";
import {
  hasPlainSecrets,
  sealInstallation,
  TokenKeyError,
  upgradeInstallationKeys,
} from "../store/installation-secrets.js";
import { openStore } from "../store/open.js";
import { PostgresStore } from "../store/postgres/postgres-store.js";
import { countsOf, type Store } from "../store/store.js";

const usage =
  "Usage: career store import <lowdb file>   copy a lowdb data file into the database DATABASE_URL names\n" +
  "       career store export <file>         write the database's data to a new lowdb file (tokens stay encrypted)\n" +
  "       career store rotate-key [--forget-locked]\n" +
  "                                          encrypt every installation with TOKEN_ENCRYPTION_KEY (from\n" +
  "                                          TOKEN_ENCRYPTION_KEY_PREVIOUS or plain text), in DATABASE_URL or DATA_FILE";

/**
 * `career store import|export|rotate-key`: moving between the lowdb file and PostgreSQL, and bringing the
 * stored tokens under a new key. Import is repeatable (records are written over their own keys); export
 * refuses to overwrite a file, and never writes a token in plain text.
 */
export async function runStoreCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; out: string }> {
  const [action, file] = args;
  if (action === "rotate-key") return rotateKey(args.slice(1), env);
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
      // Sealed tokens are copied as they are: they open with the key that sealed them.
      const counts = await database.importData(await source.exportData());
      return {
        code: 0,
        out: `Imported ${file} into the database: ${counts.users} users, ${counts.subscriptions} subscriptions, ${counts.posts} digest posts, ${counts.conversations} conversations (records already there were overwritten with the file's).`,
      };
    }
    if (existsSync(file))
      return { code: 2, out: `${file} already exists; export writes a new file. Choose another name.` };
    const data = await database.exportData();
    if (hasPlainSecrets(data.installations)) {
      // Tokens kept in plain text by an earlier version (the app has not started with a key since).
      const { keys, problems } = tokenKeysFrom(env, true);
      if (!keys)
        return {
          code: 2,
          out: new ConfigError([
            ...problems,
            "The database holds workspace tokens in plain text, and an export never does: set TOKEN_ENCRYPTION_KEY so they are encrypted in the export.",
          ]).message,
        };
      for (const [key, record] of Object.entries(data.installations))
        data.installations[key] = sealInstallation(key, record, keys);
    }
    const target = await JsonStore.open(file);
    await target.importData(data);
    const counts = countsOf(data);
    return {
      code: 0,
      out: `Exported the database to ${file} (readable by its owner only; workspace tokens encrypted, usable only with TOKEN_ENCRYPTION_KEY): ${counts.users} users, ${counts.subscriptions} subscriptions, ${counts.posts} digest posts, ${counts.conversations} conversations.`,
    };
  } catch (error) {
    if (error instanceof StoreError) return { code: 1, out: error.message };
    return { code: 1, out: `The store command failed: ${(error as Error).message}` };
  } finally {
    await database?.close();
  }
}

/** `career store rotate-key`: what start-up does with the keys, on demand and with its counts printed. */
async function rotateKey(flags: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  const unknown = flags.filter((f) => f !== "--forget-locked");
  if (unknown.length > 0) return { code: 2, out: `Unknown option ${unknown.join(" ")}. ${usage}` };
  const { keys, problems } = tokenKeysFrom(env, true);
  if (!keys) return { code: 2, out: new ConfigError(problems).message };
  const url = env.DATABASE_URL?.trim();
  const dataFile = env.DATA_FILE?.trim() || "data/career-bot.json";
  if (!url && !existsSync(dataFile))
    return {
      code: 2,
      out: `${dataFile}: no such file. Set DATABASE_URL to the database, or DATA_FILE to the data file, whose installations to re-encrypt.`,
    };
  let store: Store | undefined;
  try {
    // The data file is the app's own: rotate it while the app is stopped (or just restart the app).
    store = await openStore({ ...(url ? { databaseUrl: url } : {}), dataFile });
    const upgrade = await upgradeInstallationKeys(store, keys, {
      forgetLocked: flags.includes("--forget-locked"),
    });
    const where = url ? "the database" : dataFile;
    const lines = [
      `Installations in ${where}: ${upgrade.rotated.length} re-encrypted from TOKEN_ENCRYPTION_KEY_PREVIOUS, ${upgrade.sealed.length} encrypted from plain text; every other one was already under TOKEN_ENCRYPTION_KEY.`,
    ];
    if (upgrade.locked.length > 0)
      lines.push(
        `Forgot ${upgrade.locked.length} installations no key opened (${upgrade.locked.join(", ")}): those workspaces install the app again at /slack/install.`,
      );
    return { code: 0, out: lines.join("\n") };
  } catch (error) {
    if (error instanceof TokenKeyError || error instanceof StoreError) return { code: 1, out: error.message };
    return { code: 1, out: `The store command failed: ${(error as Error).message}` };
  } finally {
    await store?.close();
  }
}
