// npm run bench:slack — signed `/career compare mle swe` requests, 16 at a time for 10 seconds, to the real
// app and to a bare Bolt app that answers with a fixed line; time-to-answer is from sending the request to
// the answer arriving at the response URL. Prints figures; asserts nothing.
import { closedLoop, startStandIn, startTarget, timeToAnswer } from "./harness.js";
import { percentile } from "./stats.js";

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const standIn = await startStandIn((req) =>
  req.url?.startsWith("/respond/") ? req.url.slice("/respond/".length) : undefined,
);
let counter = 0;
function once(port: number): Promise<number> {
  const id = `r${++counter}`;
  const body = new URLSearchParams({
    team_id: "T1",
    channel_id: "C1",
    user_id: `U${counter % 500}`,
    command: "/career",
    text: "compare mle swe",
    response_url: `http://127.0.0.1:${standIn}/respond/${id}`,
    trigger_id: id,
  }).toString();
  return timeToAnswer(port, body, "application/x-www-form-urlencoded", id);
}

// Both targets run side by side and take turns, two rounds each, so that drift on the machine falls on both.
const targets = { bare: await startTarget("bare", standIn), app: await startTarget("app", standIn) };
for (const { port } of Object.values(targets)) for (let i = 0; i < 50; i++) await once(port); // warm-up
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
    } = await closedLoop(concurrency, seconds / 2, () => once(targets[kind].port));
    tallies[kind].times.push(...times);
    tallies[kind].errors += errors;
    tallies[kind].seconds += s;
  }
for (const { child } of Object.values(targets)) child.kill("SIGTERM");

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
process.exit(0);
