// npm run bench:token-keys — what encrypted tokens cost: opening one installation (every OAuth
// request), and a rotation of 10,000 installations at start on the lowdb file and on PostgreSQL
// (TEST_DATABASE_URL, else skipped). Prints figures; asserts nothing.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { JsonStore } from "../src/store/file/json-store.js";
import {
  openInstallation,
  sealInstallation,
  upgradeInstallationKeys,
} from "../src/store/installation-secrets.js";
import type { InstallationRecord } from "../src/store/records.js";
import { keyOf } from "../src/store/secrets.js";
import type { Store } from "../src/store/store.js";
import { percentile } from "./lib/stats.js";

const oldKey = keyOf(Buffer.alloc(32, 1));
const newKey = keyOf(Buffer.alloc(32, 2));
const installations = 10_000;

const plain = (team: string): InstallationRecord => ({
  teamId: team,
  installation: {
    team: { id: team, name: "Acme" },
    bot: {
      token: `xoxb-${team}-0000000000-abcdefghijklmnopqrstuvwx`,
      id: "B1",
      userId: "U1",
      scopes: ["commands"],
    },
    appId: "A1",
    tokenType: "bot",
    isEnterpriseInstall: false,
  },
  updatedAt: "2026-12-01T00:00:00.000Z",
});

const sealed = sealInstallation("T1", plain("T1"), { current: oldKey });
const samples: number[] = [];
for (let i = 0; i < 20_000; i++) {
  const started = performance.now();
  openInstallation("T1", sealed, { current: oldKey });
  samples.push((performance.now() - started) * 1000);
}
samples.sort((a, b) => a - b);
console.log(
  `open one installation (one token): median ${percentile(samples, 50).toFixed(1)} µs, p99 ${percentile(samples, 99).toFixed(1)} µs`,
);

async function fill(store: Store): Promise<void> {
  for (let i = 0; i < installations; i++) {
    const team = `T${i}`;
    await store.saveInstallation(team, sealInstallation(team, plain(team), { current: oldKey }));
  }
  await store.flush();
}

/** Each instance starting together runs the start-up rotation; one does it, the others wait and find it done. */
async function rotation(name: string, stores: Store[]): Promise<void> {
  const started = performance.now();
  const results = await Promise.all(
    stores.map(async (store) => {
      const upgrade = await upgradeInstallationKeys(store, { current: newKey, previous: oldKey });
      return `${upgrade.rotated.length} rotated after ${(performance.now() - started).toFixed(0)} ms`;
    }),
  );
  console.log(
    `${name}, ${installations} installations, ${stores.length} instance(s) starting: ${results.join("; ")}`,
  );
  for (const store of stores) await store.close();
}

const lowdb = await JsonStore.open(
  path.join(mkdtempSync(path.join(os.tmpdir(), "career-keys-")), "data.json"),
);
await fill(lowdb);
await rotation("lowdb file", [lowdb]);
if (process.env.TEST_DATABASE_URL) {
  const { createTestDatabase } = await import("../test/support/database.js");
  const { PostgresStore } = await import("../src/store/postgres/postgres-store.js");
  const database = await createTestDatabase();
  const instances = await Promise.all([1, 2, 3].map(() => PostgresStore.open(database.url)));
  await fill(instances[0] as Store);
  await rotation("PostgreSQL", instances);
  await database.drop();
} else console.log("PostgreSQL: skipped (set TEST_DATABASE_URL)");
