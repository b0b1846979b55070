// What bench:store-lowdb and bench:store-pg both time: writers in flight, each updating one user after
// another (ticking or unticking a skill) until the time is up.
import type { Store } from "../../src/store/store.js";
import { percentile } from "./stats.js";

/**
 * `concurrency` writers update users for `seconds`, the n-th update going to `userId(n)`. `waitForTurn`:
 * each update first waits its turn of the event loop, as one brought by a request does; so work the store
 * does on timers (the lowdb file's rewrites) runs in between, and a wait behind it counts in the update's time.
 */
export async function timeUpdates(
  store: Store,
  concurrency: number,
  seconds: number,
  userId: (n: number) => string,
  waitForTurn = false,
) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const id = userId(n++);
      const start = performance.now();
      if (waitForTurn) await new Promise((resolve) => setImmediate(resolve));
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
