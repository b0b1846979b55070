// npm run bench:slack — signed `/career compare mle swe` requests, 16 at a time for 10 seconds, to the real
// app and to a bare Bolt app that answers with a fixed line; time-to-answer is from sending the request to
// the answer arriving at the response URL. Prints figures; asserts nothing.
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Agent, request } from "undici";
import { percentile } from "./stats.js";

// The load generator uses undici's request API: it shares the machine with the app, so it should be cheap.
const client = new Agent({ connections: 64 });

const secret = "0123456789abcdef0123456789abcdef";
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

// The response URL stand-in: resolves the waiting request when its answer arrives.
const waiting = new Map<string, () => void>();
const receiver = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    const id = (req.url ?? "").split("/").pop() ?? "";
    waiting.get(id)?.();
    waiting.delete(id);
  });
});
await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
const receiverPort = (receiver.address() as AddressInfo).port;

async function startTarget(kind: "bare" | "app"): Promise<{ child: ChildProcess; port: number }> {
  const dataFile = path.join(mkdtempSync(path.join(os.tmpdir(), "career-bench-")), "data.json");
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "bench/slack-target.ts",
      kind,
      `http://127.0.0.1:${receiverPort}/api/`,
      dataFile,
      secret,
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve) => {
    child.stdout?.on("data", (d: Buffer) => {
      const m = d.toString().match(/port (\d+)/);
      if (m) resolve(Number(m[1]));
    });
  });
  return { child, port };
}

let counter = 0;
async function once(port: number): Promise<number> {
  const id = `r${++counter}`;
  const body = new URLSearchParams({
    team_id: "T1",
    channel_id: "C1",
    user_id: `U${counter % 500}`,
    command: "/career",
    text: "compare mle swe",
    response_url: `http://127.0.0.1:${receiverPort}/respond/${id}`,
    trigger_id: id,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
  const start = performance.now();
  const answered = new Promise<void>((resolve) => waiting.set(id, resolve));
  const res = await request(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": signature,
    },
    body,
    dispatcher: client,
  });
  await res.body.dump();
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
  await Promise.race([
    answered,
    new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 5 s")), 5000)),
  ]);
  return performance.now() - start;
}

interface Tally {
  times: number[];
  errors: number;
  seconds: number;
}

/** One round of load on a running target: `concurrency` requests in flight for `roundSeconds`. */
async function round(port: number, roundSeconds: number, tally: Tally): Promise<void> {
  const deadline = performance.now() + roundSeconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline)
        try {
          tally.times.push(await once(port));
        } catch {
          tally.errors++;
        }
    }),
  );
  tally.seconds += (performance.now() - started) / 1000;
}

// Both targets run side by side and take turns, two rounds each, so that drift on the machine falls on both.
const targets = { bare: await startTarget("bare"), app: await startTarget("app") };
for (const { port } of Object.values(targets)) for (let i = 0; i < 50; i++) await once(port); // warm-up
const tallies: Record<"bare" | "app", Tally> = {
  bare: { times: [], errors: 0, seconds: 0 },
  app: { times: [], errors: 0, seconds: 0 },
};
for (let r = 0; r < 2; r++)
  for (const kind of ["bare", "app"] as const) await round(targets[kind].port, seconds / 2, tallies[kind]);
for (const { child } of Object.values(targets)) child.kill("SIGTERM");
const summary = (t: Tally) => ({
  p50: percentile(t.times, 50),
  p99: percentile(t.times, 99),
  perSecond: t.times.length / t.seconds,
  errors: t.errors,
  count: t.times.length,
});
const bare = summary(tallies.bare);
const app = summary(tallies.app);
const ms = (n: number) => `${n.toFixed(2)} ms`;
for (const [name, r] of [
  ["bare Bolt app (fixed line)", bare],
  ["Career Advisor (compare mle swe)", app],
] as const)
  console.log(
    `${name.padEnd(34)} ${r.count} answers, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, ${r.perSecond.toFixed(0)} answers/s, ${r.errors} errors`,
  );
console.log(
  `ratio app/bare: p50 ${(app.p50 / bare.p50).toFixed(2)}x, p99 ${(app.p99 / bare.p99).toFixed(2)}x, throughput ${(app.perSecond / bare.perSecond).toFixed(2)}x  (target p99 within 1.5x, zero errors; ${concurrency} concurrent, ${seconds} s each)`,
);
receiver.close();
process.exit(0);
