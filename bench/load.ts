// npm run bench:load — mixed signed traffic (slash commands, mentions, button clicks, preference writes and
// checklist ticks) from 10,000 users, 50 requests in flight, through the real HTTP receiver, to the app and
// to a bare Bolt app that answers the same requests with the app's own answers (rendered beforehand, see
// lib/payloads.ts), side by side in one run: a 5-second warm-up each, then three rounds of 20 seconds each,
// taking turns so that drift on the machine falls on both. Prints answers/s, p50/p99/max time-to-answer
// (overall and by kind), errors, and each target's memory: resident (RSS) as it is after each round, its
// median and peak during the round (sampled every 50 ms), heap and RSS after a full GC, and the heap's
// spaces; then the app's memory against the bare app's. The headline is the median resident memory in the
// last round, where the process has settled (the app's climbs through the first rounds as V8 grows its old
// generation), rather than one reading, which swings by tens of MiB as V8 grows and shrinks its heap (the
// bare app's read 156–196 MiB after a round on one machine on one day); the median over all rounds and the
// reading after the last round are printed beside it, and where the resident memory is (V8's heap, native
// memory, mapped files). Prints figures; asserts nothing.
//
// The app runs with the node flags of `npm start` (its heap limit, src/runtime/heap.ts), the bare app with Node's
// defaults, as a Bolt app comes. BENCH_APP_FLAGS, BENCH_BARE_FLAGS: more node flags for a target, after
// those; `BENCH_BARE_FLAGS=--max-old-space-size=1024` gives the bare app the app's heap limit (like for
// like), `BENCH_APP_FLAGS=--max-old-space-size=4096` gives the app the limit V8 picks on a large machine.
//
// BENCH_SECONDS, BENCH_CONCURRENCY: round length and requests in flight. BENCH_KNOWLEDGE_DIR: the knowledge
// folder (default `knowledge`). BENCH_METRICS=1: the app runs with METRICS_PORT set. BENCH_SNAPSHOT=<dir>:
// heap snapshots of both targets before the warm-up (`<target>-start`) and after the last round, to read
// with bench/lib/heap-summary.ts (what the load added: `app.heapsnapshot app-start.heapsnapshot`).
// BENCH_DATABASE_URL=<postgres url>: the app runs as two instances on that database (use an empty one), and
// the app's requests alternate between them as a load balancer would; memory figures are the first
// instance's. BENCH_PROFILE=<dir>: a CPU profile of the app (written
// when it stops; open it in Chrome's DevTools). BENCH_ALLOCATIONS=<dir>: what each target allocates,
// sampled (see lib/slack-target.ts). BENCH_TRACE_GC=<dir>: V8's line per collection, kept per target, and a
// summary over each target's whole run (start-up, warm-up and the bench's own forced collections included):
// how much it promoted to the old generation per answer, and how large its heap grew before each full
// collection against what survived it.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadKnowledgeBase } from "../src/knowledge/base.js";
import {
  appStartFlags,
  closedLoop,
  flagsFrom,
  slashCommandBody,
  startStandIn,
  startTarget,
  timeToAnswer,
} from "./lib/harness.js";
import { writeMixedPayloads } from "./lib/payloads.js";
import { gcSummary, percentile } from "./lib/stats.js";

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
const roundSeconds = Number(process.env.BENCH_SECONDS ?? 20);
const warmUpSeconds = 5;
const rounds = 3;
const users = 10_000; // a 10,000-person workspace, each person a user of the app
const knowledgeDir = process.env.BENCH_KNOWLEDGE_DIR ?? "knowledge";

const commands = [
  "compare mle swe",
  "salary mle senior seattle",
  "role dse",
  "skills lead mle",
  "gap swe to mle",
  "trends",
  "what does an ML engineer earn in NYC?",
  "path distinguished mle",
];
const levels = ["entry", "mid", "senior"];

// An answer arrives when the bot posts to the response URL, or (for a mention) posts in its thread. Calls
// are counted by method for the target being measured, to show what each answer costs in calls to Slack.
// A request answered twice (a retried event answered by both instances, say) is counted as a double answer.
const calls = new Map<string, number>();
const answered = new Set<string>();
let doubleAnswers = 0;
const standIn = await startStandIn((req, body) => {
  const method = req.url?.startsWith("/respond/") ? "response_url" : (req.url ?? "").replace("/api/", "");
  calls.set(method, (calls.get(method) ?? 0) + 1);
  const key = req.url?.startsWith("/respond/")
    ? req.url.slice("/respond/".length)
    : req.url === "/api/chat.postMessage"
      ? (new URLSearchParams(body).get("thread_ts") ?? undefined)
      : undefined;
  if (key && answered.has(key)) doubleAnswers++;
  if (key) answered.add(key);
  return key;
});
const payloadFile = await writeMixedPayloads(loadKnowledgeBase(knowledgeDir), [
  ...commands,
  ...levels.map((l) => `prefs set level ${l}`),
]);
console.log(
  `node flags: app ${[...appStartFlags, ...flagsFrom("BENCH_APP_FLAGS")].join(" ") || "none"} (npm start's, then BENCH_APP_FLAGS); bare ${flagsFrom("BENCH_BARE_FLAGS").join(" ") || "none (Node's defaults)"} (BENCH_BARE_FLAGS)`,
);
const names = ["bare", "app"] as const;
type Name = (typeof names)[number];
const targets: Record<Name, { child: ChildProcess; port: number }> = {
  bare: await startTarget("bare", standIn, ["--expose-gc", ...flagsFrom("BENCH_BARE_FLAGS")], payloadFile),
  app: await startTarget("app", standIn, [
    "--expose-gc",
    ...flagsFrom("BENCH_APP_FLAGS"),
    ...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
  ]),
};
/** Where the app's requests go, in turn: one instance, or two behind a pretend load balancer. */
const appPorts = [targets.app.port];
const secondInstance = process.env.BENCH_DATABASE_URL
  ? await startTarget("app", standIn, flagsFrom("BENCH_APP_FLAGS"), undefined, "app2")
  : undefined;
if (secondInstance) {
  appPorts.push(secondInstance.port);
  console.log("the app runs as two instances on BENCH_DATABASE_URL; its requests alternate between them");
}
const portOf = (name: Name) =>
  name === "app" ? (appPorts[counter % appPorts.length] as number) : targets[name].port;

type Usage = NodeJS.MemoryUsage & {
  peakRss: number;
  rssSamples: number[];
  cpu: NodeJS.CpuUsage;
  spaces: Record<string, number>;
  /** Linux: the resident memory in V8's heap, in other anonymous (native) memory, and in mapped files. */
  resident?: { v8: number; native: number; files: number };
};
/**
 * A target's memory as it is (`rss`, with its peak and samples since the last `rss`, which starts a new
 * period), after a full GC (`memory`), or CPU.
 */
const ask = (name: Name, what: "memory" | "rss" | "cpu") =>
  new Promise<Usage>((resolve) => {
    targets[name].child.once("message", (m) => resolve(m as Usage));
    targets[name].child.send(what);
  });
const snapshot = (name: Name, file: string) =>
  new Promise<string>((resolve) => {
    targets[name].child.once("message", (m) => resolve((m as { file: string }).file));
    targets[name].child.send({ snapshot: file });
  });

let counter = 0;
/** The mix, one in eight of each: four slash commands, two mentions, one preference write, one click. */
const kinds = [
  "command",
  "command",
  "command",
  "command",
  "mention",
  "mention",
  "prefs write",
  "click",
] as const;
type Kind = (typeof kinds)[number] | "button" | "checkbox tick";

const mention = (n: number, ts: string, user: string, text: string) =>
  JSON.stringify({
    type: "event_callback",
    event_id: `Ev${n}`,
    team_id: "T1",
    event: { type: "app_mention", user, channel: "C1", ts, text: `<@UBOT> ${text}` },
  });

const click = (id: string, user: string, action: object) =>
  new URLSearchParams({
    payload: JSON.stringify({
      type: "block_actions",
      team: { id: "T1" },
      user: { id: user },
      channel: { id: "C1" },
      container: { type: "message", is_ephemeral: true },
      response_url: `http://127.0.0.1:${standIn}/respond/${id}`,
      trigger_id: id,
      actions: [action],
    }),
  }).toString();

/** One request of the mix to `port`; resolves with the time until its answer reached the stand-in. */
function once(port: number, timesByKind: Map<Kind, number[]>): Promise<number> {
  const n = ++counter;
  const id = `r${n}`;
  const user = `U${n % users}`;
  const round = Math.floor(n / kinds.length); // so every kind goes through every command in turn
  const text = commands[round % commands.length] as string;
  let kind: Kind = kinds[n % kinds.length] as Kind;
  let request: [body: string, contentType: string, key: string];
  const form = "application/x-www-form-urlencoded";
  if (kind === "command") request = [slashCommandBody(standIn, id, user, text), form, id];
  else if (kind === "prefs write")
    request = [slashCommandBody(standIn, id, user, `prefs set level ${levels[round % 3]}`), form, id];
  else if (kind === "mention") {
    const ts = `${n}.0001`;
    request = [mention(n, ts, user, text), "application/json", ts];
  } else if (round % 2 === 0) {
    kind = "button";
    request = [
      click(id, user, { type: "button", action_id: "run_command_0", block_id: "b", value: text }),
      form,
      id,
    ];
  } else {
    kind = "checkbox tick";
    const skill = round % 4 === 1 ? "pytorch" : "tensorflow";
    const action = {
      type: "checkboxes",
      action_id: "skills_check|lead-machine-learning-engineer|frameworks|0",
      block_id: "b",
      selected_options: [{ value: skill }],
    };
    request = [click(id, user, action), form, id];
  }
  return timeToAnswer(port, ...request).then((t) => {
    const times = timesByKind.get(kind) ?? [];
    times.push(t);
    timesByKind.set(kind, times);
    return t;
  });
}

const mibOf = (bytes: number) => bytes / 2 ** 20;
const mib = (bytes: number) => `${mibOf(bytes).toFixed(1)} MiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
/** The heap's spaces that hold more than a MiB, as V8 holds them. */
const spaces = (u: Usage) =>
  Object.entries(u.spaces)
    .filter(([, size]) => size >= 2 ** 20)
    .map(([space, size]) => `${space.replace("_space", "")} ${mibOf(size).toFixed(0)}`)
    .join(", ");
/** Where the resident memory is (Linux), as the target reads it. */
const residentParts = (u: Usage) =>
  u.resident
    ? `V8 heap ${mib(u.resident.v8)}, native ${mib(u.resident.native)}, mapped files ${mib(u.resident.files)}`
    : "not known on this system";
const longest = (times: number[]) => times.reduce((a, b) => Math.max(a, b), 0);

interface Tally {
  times: number[];
  errors: number;
  seconds: number;
  byKind: Map<Kind, number[]>;
  /** After each round: as it is, and after a full GC. */
  asIs: Usage[];
  /** Resident memory every 50 ms during the rounds. */
  rssSamples: number[];
  afterGc: Usage[];
  answers: number;
  /** Calls to Slack per answer, by method, in the last round. */
  calls?: string;
}
const emptyTally = (): Tally => ({
  times: [],
  errors: 0,
  seconds: 0,
  byKind: new Map(),
  asIs: [],
  rssSamples: [],
  afterGc: [],
  answers: 0,
});
const tallies: Record<Name, Tally> = { bare: emptyTally(), app: emptyTally() };

if (process.env.BENCH_SNAPSHOT)
  for (const name of names)
    console.log(
      `heap snapshot of ${name} before the warm-up: ${await snapshot(name, path.resolve(process.env.BENCH_SNAPSHOT, `${name}-start.heapsnapshot`))}`,
    );

// A just-started process runs cold code (interpreted until V8 optimizes it), so the rounds follow a warm-up
// at the same load; its figures are printed too, and kept out of the rounds'.
for (const name of names) {
  const warmUp = await closedLoop(concurrency, warmUpSeconds, () => once(portOf(name), new Map()));
  tallies[name].answers += warmUp.times.length;
  console.log(
    `${name} warm-up: ${warmUp.times.length} answers in ${warmUpSeconds} s, p50 ${ms(percentile(warmUp.times, 50))}, p99 ${ms(percentile(warmUp.times, 99))}, ${warmUp.errors} errors (not counted below)`,
  );
}
for (const name of names) {
  const m = await ask(name, "memory");
  console.log(`${name} before the rounds, after a full GC: heap ${mib(m.heapUsed)}, rss ${mib(m.rss)}`);
}

for (let r = 1; r <= rounds; r++)
  for (const name of names) {
    const t = tallies[name];
    await ask(name, "rss"); // resets the peak
    calls.clear();
    const cpuBefore = (await ask(name, "cpu")).cpu;
    const benchBefore = process.cpuUsage();
    const { times, errors, seconds } = await closedLoop(concurrency, roundSeconds, () =>
      once(portOf(name), t.byKind),
    );
    const cpu = (await ask(name, "cpu")).cpu;
    const bench = process.cpuUsage(benchBefore);
    const asIs = await ask(name, "rss");
    const afterGc = await ask(name, "memory");
    t.times.push(...times);
    t.errors += errors;
    t.seconds += seconds;
    t.answers += times.length;
    t.asIs.push(asIs);
    t.rssSamples.push(...asIs.rssSamples);
    t.calls = [...calls].map(([m, n]) => `${m} ${(n / times.length).toFixed(2)}`).join(", ");
    t.afterGc.push(afterGc);
    const share = (c: NodeJS.CpuUsage) => `${(((c.user + c.system) / 1e6 / seconds) * 100).toFixed(0)}%`;
    console.log(
      `round ${r} ${name}: ${times.length} answers, ${(times.length / seconds).toFixed(0)}/s, p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(longest(times))}, ${errors} errors; CPU ${share({ user: cpu.user - cpuBefore.user, system: cpu.system - cpuBefore.system })} of a core (load generator ${share(bench)}); rss ${mib(asIs.rss)} (median ${mib(percentile(asIs.rssSamples, 50))} of ${asIs.rssSamples.length} samples, peak ${mib(asIs.peakRss)}) in ${residentParts(asIs)}; after a full GC: heap ${mib(afterGc.heapUsed)} of ${mib(afterGc.heapTotal)}, external ${mib(afterGc.external)} (array buffers ${mib(afterGc.arrayBuffers)}), rss ${mib(afterGc.rss)}; heap spaces: ${spaces(afterGc)}`,
    );
  }

if (process.env.BENCH_SNAPSHOT)
  for (const name of names)
    console.log(
      `heap snapshot of ${name}: ${await snapshot(name, path.resolve(process.env.BENCH_SNAPSHOT, `${name}.heapsnapshot`))}`,
    );

console.log(
  "\nsummary (the app against the bare Bolt app answering the same requests with the same answers):",
);
console.log(
  "| target | answers | answers/s | p50 | p99 | errors | median rss, last round | median rss, all rounds | rss after the last round | peak rss | heap after GC | rss after GC |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
const last = (xs: Usage[]) => xs.at(-1) as Usage;
const settledRss = (t: Tally) => percentile(last(t.asIs).rssSamples, 50);
const typicalRss = (t: Tally) => percentile(t.rssSamples, 50);
const peak = (t: Tally) => Math.max(...t.asIs.map((u) => u.peakRss));
for (const name of names) {
  const t = tallies[name];
  console.log(
    `| ${name} | ${t.answers} | ${(t.times.length / t.seconds).toFixed(0)} | ${ms(percentile(t.times, 50))} | ${ms(percentile(t.times, 99))} | ${t.errors} | ${mib(settledRss(t))} | ${mib(typicalRss(t))} | ${mib(last(t.asIs).rss)} | ${mib(peak(t))} | ${mib(last(t.afterGc).heapUsed)} | ${mib(last(t.afterGc).rss)} |`,
  );
}
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const { app, bare } = tallies;
console.log(
  `| app / bare | | ${ratio(app.times.length / app.seconds, bare.times.length / bare.seconds)} | | ${ratio(percentile(app.times, 99), percentile(bare.times, 99))} | | **${ratio(settledRss(app), settledRss(bare))}** (target ≤ 1.15x) | ${ratio(typicalRss(app), typicalRss(bare))} | ${ratio(last(app.asIs).rss, last(bare.asIs).rss)} | ${ratio(peak(app), peak(bare))} | ${ratio(last(app.afterGc).heapUsed, last(bare.afterGc).heapUsed)} | ${ratio(last(app.afterGc).rss, last(bare.afterGc).rss)} |`,
);
for (const name of names)
  console.log(`${name}: resident after the last round in ${residentParts(last(tallies[name].asIs))}`);
const growth = (t: Tally) =>
  `heap ${(((last(t.afterGc).heapUsed - (t.afterGc[0] as Usage).heapUsed) / (t.afterGc[0] as Usage).heapUsed) * 100).toFixed(1)}%`;
console.log(
  `memory growth from round 1 to round ${rounds}, after a full GC: app ${growth(app)}, bare ${growth(bare)} (target < 10%)`,
);
console.log(
  `app p99 ${ms(percentile(app.times, 99))}, ${app.errors} errors (targets: zero errors, p99 < 100 ms); app by kind:`,
);
for (const name of names) console.log(`${name}: calls to Slack per answer: ${tallies[name].calls}`);
console.log(`double answers (a request answered more than once), both targets: ${doubleAnswers}`);
for (const [kind, times] of app.byKind)
  console.log(
    `  ${kind}: ${times.length} answers, p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}`,
  );
if (process.env.BENCH_TRACE_GC)
  for (const name of names) {
    const { promoted, fullCollections } = gcSummary(
      readFileSync(path.join(process.env.BENCH_TRACE_GC, `${name}.gc.log`), "utf8"),
    );
    const range = (xs: number[]) =>
      `${mibOf(Math.min(...xs)).toFixed(0)}–${mibOf(Math.max(...xs)).toFixed(0)} MiB`;
    console.log(
      `${name}, whole run: promoted ${(promoted / tallies[name].answers / 1024).toFixed(1)} KiB per answer; ${fullCollections.length} full collections, heap before them ${range(fullCollections.map((c) => c.before))}, after ${range(fullCollections.map((c) => c.after))}`,
    );
  }
const stopped = names.map(
  (name) =>
    new Promise((resolve) =>
      targets[name].child.exitCode === null ? targets[name].child.once("exit", resolve) : resolve(undefined),
    ),
);
for (const name of names) targets[name].child.kill("SIGTERM");
secondInstance?.child.kill("SIGTERM");
await Promise.all(stopped); // so that a profile asked for is written
process.exit(0);
