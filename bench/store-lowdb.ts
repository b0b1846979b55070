// npm run bench:store-lowdb (the first half of bench:store) — update latency and throughput of the lowdb
// store with 100,000 users in the file. Prints figures; asserts nothing.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { JsonStore } from "../src/store/file/json-store.js";
import { emptyData } from "../src/store/records.js";
import { timeUpdates } from "./lib/store-updates.js";

const users = 100_000;
const userId = (n: number) => `U${String(n % users).padStart(9, "0")}`;
const dir = mkdtempSync(path.join(os.tmpdir(), "career-store-bench-"));
const file = path.join(dir, "data", "career-bot.json");
mkdirSync(path.dirname(file), { recursive: true });

const data = emptyData();
const skills = [
  "python",
  "statistics",
  "deep-learning",
  "pytorch",
  "tensorflow",
  "sql",
  "apache-spark",
  "aws",
  "docker",
  "git",
];
for (let i = 0; i < users; i++)
  data.users[userId(i)] = {
    location: "seattle",
    level: "senior",
    role: "machine-learning-engineer",
    visibility: "private",
    ticked: skills.slice(0, i % skills.length),
    updatedAt: new Date().toISOString(),
  };
writeFileSync(file, JSON.stringify(data));
const size = statSync(file).size;

const openStart = performance.now();
const store = await JsonStore.open(file);
const openMs = performance.now() - openStart;

const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(
  `store file: ${users.toLocaleString("en-US")} users, ${(size / 1024 / 1024).toFixed(1)} MiB; open + validate ${ms(openMs)}`,
);
for (const concurrency of [1, 16, 64]) {
  const r = await timeUpdates(store, concurrency, 5, userId, true);
  console.log(
    `${String(concurrency).padStart(2)} concurrent writers: ${r.count} updates, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, max ${ms(r.max)}, ${Math.round(r.perSecond)} updates/s  (target p99 < 50 ms)`,
  );
}
await store.flush();
console.log(`file after the run: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB`);

// How long a rewrite of the file holds up everything else: a 1 ms timer notes the longest gap between its
// ticks while 100 changed users are written out, five times.
let longestStall = 0;
for (let i = 0; i < 5; i++) {
  for (let u = 0; u < 100; u++) await store.updateUser(userId(u * 997), (r) => ({ ...r }));
  let last = performance.now();
  const probe = setInterval(() => {
    longestStall = Math.max(longestStall, performance.now() - last);
    last = performance.now();
  }, 1);
  await store.flush();
  clearInterval(probe);
}
console.log(
  `rewriting the file after 100 changes: longest stall of the event loop ${ms(longestStall)} (five rewrites)`,
);
rmSync(dir, { recursive: true, force: true });
