import { PostgresStore } from "./postgres.js";
import { JsonStore, type Store } from "./store.js";

/** The store the configuration names: PostgreSQL when `DATABASE_URL` is set, else the lowdb file. */
export function openStore(config: { databaseUrl?: string; dataFile: string }): Promise<Store> {
  return config.databaseUrl ? PostgresStore.open(config.databaseUrl) : JsonStore.open(config.dataFile);
}
