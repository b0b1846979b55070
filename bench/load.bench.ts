// npm run bench:load — mixed signed traffic (slash commands, mentions, button clicks, preference writes and
// checklist ticks) from 10,000 users, 50 requests in flight, a 5-second warm-up then three rounds of 20
// seconds, through the real HTTP receiver. Prints answers/s, p50/p99/max time-to-answer (overall and by
// kind), errors, and the target's memory (after a full GC) before and after each round. Prints figures;
// asserts nothing.
import { closedLoop, startStandIn, startTarget, timeToAnswer } from "./harness.js";
import { percentile } from "./stats.js";

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
const roundSeconds = Number(process.env.BENCH_SECONDS ?? 20);
const warmUpSeconds = 5;
const users = 10_000; // a 10,000-person workspace, each person a user of the app

// An answer arrives when the bot posts to the response URL, or (for a mention) posts in its thread.
const standIn = await startStandIn((req, body) => {
  if (req.url?.startsWith("/respond/")) return req.url.slice("/respond/".length);
  if (req.url === "/api/chat.postMessage") return new URLSearchParams(body).get("thread_ts") ?? undefined;
  return undefined;
});
const { child, port } = await startTarget("app", standIn, ["--expose-gc"]);
/** The target's memory after a full collection (`memory`), or as it is (`cpu`), with its CPU time so far. */
const ask = (what: "memory" | "cpu") =>
  new Promise<NodeJS.MemoryUsage & { cpu: NodeJS.CpuUsage }>((resolve) => {
    child.once("message", (m) => resolve(m as NodeJS.MemoryUsage & { cpu: NodeJS.CpuUsage }));
    child.send(what);
  });

let counter = 0;
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
const timesByKind = new Map<Kind, number[]>();

const slashCommand = (id: string, user: string, text: string) =>
  new URLSearchParams({
    team_id: "T1",
    channel_id: "C1",
    user_id: user,
    command: "/career",
    text,
    response_url: `http://127.0.0.1:${standIn}/respond/${id}`,
    trigger_id: id,
  }).toString();

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

/** One request of the mix; resolves with the time until its answer reached the stand-in. */
function once(): Promise<number> {
  const n = ++counter;
  const id = `r${n}`;
  const user = `U${n % users}`;
  const round = Math.floor(n / kinds.length); // so every kind goes through every command in turn
  const text = commands[round % commands.length] as string;
  let kind: Kind = kinds[n % kinds.length] as Kind;
  let request: [body: string, contentType: string, key: string];
  const form = "application/x-www-form-urlencoded";
  if (kind === "command") request = [slashCommand(id, user, text), form, id];
  else if (kind === "prefs write")
    request = [slashCommand(id, user, `prefs set level ${["entry", "mid", "senior"][round % 3]}`), form, id];
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

const mib = (m: NodeJS.MemoryUsage) =>
  `heap ${(m.heapUsed / 2 ** 20).toFixed(1)} MiB, rss ${(m.rss / 2 ** 20).toFixed(1)} MiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const longest = (times: number[]) => times.reduce((a, b) => Math.max(a, b), 0);
// A just-started process runs cold code (interpreted until V8 optimizes it), so the rounds follow a warm-up
// at the same load; its figures are printed too, and kept out of the rounds'.
const warmUp = await closedLoop(concurrency, warmUpSeconds, once);
console.log(
  `warm-up: ${warmUp.times.length} answers in ${warmUpSeconds} s, p50 ${ms(percentile(warmUp.times, 50))}, p99 ${ms(percentile(warmUp.times, 99))}, max ${ms(longest(warmUp.times))}, ${warmUp.errors} errors (not counted below)`,
);
timesByKind.clear();
const before = await ask("memory");
console.log(`before: ${mib(before)}`);
const after: NodeJS.MemoryUsage[] = [];
const all: number[] = [];
let totalErrors = 0;
let totalSeconds = 0;
for (let r = 1; r <= 3; r++) {
  const cpuBefore = {
    target: (await ask("cpu")).cpu,
    bench: process.cpuUsage(),
  };
  const { times, errors, seconds } = await closedLoop(concurrency, roundSeconds, once);
  const cpuTarget = (await ask("cpu")).cpu;
  const cpuBench = process.cpuUsage(cpuBefore.bench);
  const share = (user: number, system: number) => `${(((user + system) / 1e6 / seconds) * 100).toFixed(0)}%`;
  console.log(
    `round ${r} CPU: target ${share(cpuTarget.user - cpuBefore.target.user, cpuTarget.system - cpuBefore.target.system)} of a core, load generator and stand-in ${share(cpuBench.user, cpuBench.system)}`,
  );
  all.push(...times);
  totalErrors += errors;
  totalSeconds += seconds;
  after.push(await ask("memory"));
  console.log(
    `round ${r}: ${times.length} answers, ${(times.length / seconds).toFixed(0)}/s, p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(longest(times))}, ${errors} errors; after: ${mib(after.at(-1) as NodeJS.MemoryUsage)}`,
  );
}
const first = after[0] as NodeJS.MemoryUsage;
const last = after[2] as NodeJS.MemoryUsage;
console.log(
  `all: ${all.length} answers in ${totalSeconds.toFixed(0)} s, ${(all.length / totalSeconds).toFixed(0)}/s, p50 ${ms(percentile(all, 50))}, p99 ${ms(percentile(all, 99))}, max ${ms(longest(all))}, ${totalErrors} errors  (targets: zero errors, p99 < 100 ms)`,
);
console.log(
  `memory growth from round 1 to round 3: heap ${(((last.heapUsed - first.heapUsed) / first.heapUsed) * 100).toFixed(1)}%, rss ${(((last.rss - first.rss) / first.rss) * 100).toFixed(1)}%  (target < 10%)`,
);
console.log("by kind:");
for (const [kind, times] of timesByKind)
  console.log(
    `  ${kind}: ${times.length} answers, p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}`,
  );
child.kill("SIGTERM");
process.exit(0);
