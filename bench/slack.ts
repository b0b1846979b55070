// npm run bench:slack — signed `/career compare mle swe` requests, 16 at a time for 10 seconds, to the real
// app and to a bare Bolt app that acks with the app's own answer to that command (computed once at its
// start), so the difference is what the app does per request. Time-to-answer is from sending the request
// to the answer arriving: in the HTTP response when the command is answered in its ack, else at the
// response URL. Prints p99 and throughput of both side by side and their ratios; asserts nothing.
import { request } from "undici";
import {
  byResponseUrl,
  closedLoop,
  flagsFrom,
  slackSignature,
  slashCommandBody,
  startStandIn,
  startTarget,
  timeToAnswer,
} from "./lib/harness.js";
import { percentile } from "./lib/stats.js";

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const text = process.env.BENCH_TEXT ?? "compare mle swe";
const targets = { p99: 1.2, throughput: 0.9 };

const standIn = await startStandIn(byResponseUrl);
let counter = 0;
function commandBody(): { id: string; body: string } {
  const id = `r${++counter}`;
  return { id, body: slashCommandBody(standIn, id, `U${counter % 10_000}`, text) };
}
function once(port: number): Promise<number> {
  const { id, body } = commandBody();
  return timeToAnswer(port, body, "application/x-www-form-urlencoded", id);
}

/** The size of the acknowledgement's body, so the run shows both targets answer alike, in the ack. */
async function ackBytes(port: number): Promise<number> {
  const { body } = commandBody();
  const res = await request(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...slackSignature(body) },
    body,
  });
  return Buffer.byteLength(await res.body.text());
}

// Both targets run side by side and take turns, two rounds each, so that drift on the machine falls on both.
// The app with npm start's node flags, then BENCH_APP_FLAGS (`--max-old-space-size=4096`: V8's own limit on a
// large machine); the bare app with Node's defaults, then BENCH_BARE_FLAGS.
const started = {
  bare: await startTarget("bare", standIn, flagsFrom("BENCH_BARE_FLAGS")),
  app: await startTarget("app", standIn, flagsFrom("BENCH_APP_FLAGS")),
};
for (const { port } of Object.values(started)) for (let i = 0; i < 50; i++) await once(port); // warm-up
const bytes = { bare: await ackBytes(started.bare.port), app: await ackBytes(started.app.port) };
const tallies = {
  bare: { times: [] as number[], errors: 0, seconds: 0 },
  app: { times: [] as number[], errors: 0, seconds: 0 },
};
for (let r = 0; r < 2; r++)
  for (const kind of ["bare", "app"] as const) {
    const {
      times,
      errors,
      seconds: s,
    } = await closedLoop(concurrency, seconds / 2, () => once(started[kind].port));
    tallies[kind].times.push(...times);
    tallies[kind].errors += errors;
    tallies[kind].seconds += s;
  }
for (const { child } of Object.values(started)) child.kill("SIGTERM");

const summary = (t: (typeof tallies)["app"]) => ({
  p50: percentile(t.times, 50),
  p99: percentile(t.times, 99),
  perSecond: t.times.length / t.seconds,
  errors: t.errors,
  count: t.times.length,
});
const bare = summary(tallies.bare);
const app = summary(tallies.app);
const ms = (n: number) => `${n.toFixed(2)} ms`;
console.log(`/career ${text}: ${concurrency} in flight, ${seconds} s per target, taking turns`);
for (const [name, r, size] of [
  ["bare Bolt app (acks the same answer)", bare, bytes.bare],
  ["Career Advisor", app, bytes.app],
] as const)
  console.log(
    `${name.padEnd(38)} p99 ${ms(r.p99).padStart(9)}  ${r.perSecond.toFixed(0).padStart(5)} answers/s  (p50 ${ms(r.p50)}, ${r.count} answers, ${r.errors} errors, ack ${size} bytes)`,
  );
const p99Ratio = app.p99 / bare.p99;
const throughputRatio = app.perSecond / bare.perSecond;
const verdict = (met: boolean) => (met ? "met" : "NOT met");
console.log(
  `app/bare: p99 ${p99Ratio.toFixed(2)}x (target <= ${targets.p99}x: ${verdict(p99Ratio <= targets.p99)}), throughput ${throughputRatio.toFixed(2)}x (target >= ${targets.throughput}x: ${verdict(throughputRatio >= targets.throughput)})`,
);
process.exit(0);
