import { JsonStore } from "./file/json-store.js";
import type { Store } from "./store.js";

/**
 * The store the configuration names: PostgreSQL when `DATABASE_URL` is set, else the lowdb file. The
 * PostgreSQL store (and `pg`) is loaded only then, so that a process on the file holds none of it.
 */
export async function openStore(config: { databaseUrl?: string; dataFile: string }): Promise<Store> {
  if (!config.databaseUrl) return JsonStore.open(config.dataFile);
  const { PostgresStore } = await import("./postgres/postgres-store.js");
  return PostgresStore.open(config.databaseUrl);
}
