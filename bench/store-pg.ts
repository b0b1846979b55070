// npm run bench:store-pg (the second half of bench:store) — update latency and throughput of the PostgreSQL
// store with 100,000 users, on the server BENCH_DATABASE_URL (or TEST_DATABASE_URL) names, else on
// 127.0.0.1:5432 if it answers. A database of its own is created and dropped. Prints figures; asserts nothing.
import pg from "pg";
import { PostgresStore } from "../src/store/postgres/postgres-store.js";
import { timeUpdates } from "./lib/store-updates.js";

const server =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/postgres";
const users = 100_000;
/** Updates stride through the table (7,919 is prime), so that writers in flight touch different rows. */
const userId = (n: number) => `U${String((n * 7919) % users).padStart(9, "0")}`;
const name = `career_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: server });
try {
  await admin.connect();
} catch (error) {
  console.log(`PostgreSQL store: skipped, no server at ${server} (${(error as Error).message})`);
  process.exit(0);
}
await admin.query(`create database ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;

try {
  const store = await PostgresStore.open(url.toString(), { max: 16 });
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  await db.query(
    `insert into users (id, data, updated_at)
     select 'U' || lpad(i::text, 9, '0'),
            jsonb_build_object('location', 'seattle', 'level', 'senior', 'role', 'machine-learning-engineer',
              'visibility', 'private', 'ticked', '["python","sql"]'::jsonb, 'updatedAt', now()::text),
            now()
     from generate_series(0, $1 - 1) i`,
    [users],
  );
  await db.end();

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `PostgreSQL store (${url.host}): ${users.toLocaleString("en-US")} users, pool of 16 connections`,
  );
  for (const concurrency of [1, 16, 64]) {
    const r = await timeUpdates(store, concurrency, 5, userId);
    console.log(
      `${String(concurrency).padStart(2)} concurrent writers: ${r.count} updates, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, ${Math.round(r.perSecond)} updates/s  (target at 16: p99 < 20 ms)`,
    );
  }
  await store.close();
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
