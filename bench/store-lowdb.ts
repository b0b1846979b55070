// npm run bench:store-lowdb (the first half of bench:store) — update latency and throughput of the lowdb
// store with 100,000 users in the file. Prints figures; asserts nothing.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { emptyData } from "../src/store/schema.js";
import { JsonStore } from "../src/store/store.js";
import { percentile } from "./lib/stats.js";

const users = 100_000;
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
  data.users[`U${String(i).padStart(9, "0")}`] = {
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

async function run(concurrency: number, seconds: number) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const id = `U${String(n++ % users).padStart(9, "0")}`;
      const start = performance.now();
      // Each update waits its turn of the event loop, as one brought by a request does; so the timed
      // snapshots of the file run in between, and a wait behind one counts in the update's time.
      await new Promise((resolve) => setImmediate(resolve));
      await store.updateUser(id, (u) => ({
        ...u,
        ticked: u.ticked.includes("git") ? u.ticked.filter((s) => s !== "git") : [...u.ticked, "git"],
      }));
      latencies.push(performance.now() - start);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return {
    count: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.reduce((a, b) => Math.max(a, b), 0),
    perSecond: latencies.length / elapsed,
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(
  `store file: ${users.toLocaleString("en-US")} users, ${(size / 1024 / 1024).toFixed(1)} MiB; open + validate ${ms(openMs)}`,
);
for (const concurrency of [1, 16, 64]) {
  const r = await run(concurrency, 5);
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
  for (let u = 0; u < 100; u++)
    await store.updateUser(`U${String(u * 997).padStart(9, "0")}`, (r) => ({ ...r }));
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
