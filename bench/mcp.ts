// npm run bench:mcp — MCP tool calls against POST /mcp of the real app (its own process, built from dist/,
// MCP_AUTH=slack as Slackbot calls it: each request Slack-signed, callers spread over many Slack users so
// that per-caller rate limits stay out of the way), first alone, then alongside signed `/career` slash
// commands at the same time. Loopback only; bounded by BENCH_SECONDS (default 10 in all, half per phase)
// and BENCH_MAX_CALLS per phase (default 20,000). Time is from sending a tools/call to its whole result.
// Prints p50/p99 and throughput of each; asserts nothing.
import os from "node:os";
import { Agent, request } from "undici";
import {
  byResponseUrl,
  closedLoop,
  slackSignature,
  slashCommandBody,
  startStandIn,
  startTarget,
  timeToAnswer,
} from "./lib/harness.js";
import { percentile } from "./lib/stats.js";

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const maxCalls = Number(process.env.BENCH_MAX_CALLS ?? 20_000);

/** The mix of calls, as Slackbot might send them for people's questions. */
const calls: [string, Record<string, unknown>][] = [
  ["role_pay", { role: "ml engineer", level: "senior", location: "Seattle" }],
  ["compare_roles", { roles: ["data engineer", "site reliability engineer"] }],
  ["skills_checklist", { role: "mle" }],
  ["role_overview", { role: "data scientist" }],
  ["skill_gap", { from: "swe", to: "mle" }],
  ["career_path", { role: "devops engineer" }],
  ["market_trends", {}],
  ["role_pay", { role: "quantum baker" }],
];

process.env.BENCH_MCP_AUTH = "slack";
const standIn = await startStandIn(byResponseUrl);
const { child, port } = await startTarget("app", standIn);
const agent = new Agent({ connections: 64 });
let counter = 0;

/** One tools/call, Slack-signed, for one of many Slack users; resolves with its time, rejects on a fault. */
async function toolCall(): Promise<number> {
  const n = ++counter;
  const [name, args] = calls[n % calls.length] as [string, Record<string, unknown>];
  const body = JSON.stringify({
    jsonrpc: "2.0",
    id: n,
    method: "tools/call",
    params: { name, arguments: args, _meta: { slack: { user_id: `U${n % 5000}`, team_id: "T1" } } },
  });
  const start = performance.now();
  const res = await request(`http://127.0.0.1:${port}/mcp`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "mcp-protocol-version": "2025-06-18",
      ...slackSignature(body),
    },
    body,
    dispatcher: agent,
  });
  const text = await res.body.text();
  const elapsed = performance.now() - start;
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
  const result = JSON.parse(text) as { result?: { isError?: boolean }; error?: { message: string } };
  // The unknown role is meant to be an error result; anything else is a fault.
  if (!result.result || (result.result.isError && name !== "role_pay"))
    throw new Error(`${name}: ${text.slice(0, 200)}`);
  return elapsed;
}

function slashCommand(): Promise<number> {
  const id = `r${++counter}`;
  const body = slashCommandBody(standIn, id, `U${counter % 10_000}`, "compare mle swe");
  return timeToAnswer(port, body, "application/x-www-form-urlencoded", id);
}

/** Keeps `concurrency` calls going until the phase's time or BENCH_MAX_CALLS runs out. */
const phase = (once: () => Promise<number>) => closedLoop(concurrency, seconds / 2, once, maxCalls);

for (let i = 0; i < 100; i++) await toolCall(); // warm-up
for (let i = 0; i < 30; i++) await slashCommand();

/** The app's CPU time so far (ms), asked over IPC: per call, a figure that does not depend on the load. */
const cpuMs = () =>
  new Promise<number>((resolve) => {
    child.once("message", (m) => {
      const { user, system } = (m as { cpu: NodeJS.CpuUsage }).cpu;
      resolve((user + system) / 1000);
    });
    child.send("cpu");
  });

const cpuBefore = await cpuMs();
const alone = await phase(toolCall);
const cpuPerCall = ((await cpuMs()) - cpuBefore) / alone.times.length;
const [mixed, slack] = await Promise.all([phase(toolCall), phase(slashCommand)]);
child.kill("SIGTERM");

const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(9);
const line = (name: string, r: Awaited<ReturnType<typeof phase>>) =>
  console.log(
    `${name.padEnd(40)} p50 ${ms(percentile(r.times, 50))}  p99 ${ms(percentile(r.times, 99))}  ${(r.times.length / r.seconds).toFixed(0).padStart(5)}/s  (${r.times.length} calls, ${r.errors} faults${r.firstError ? `: ${r.firstError}` : ""})`,
  );
console.log(
  `POST /mcp tools/call (${calls.length}-call mix, Slack-signed), ${concurrency} in flight, ${seconds / 2} s per phase, loopback; ${os.availableParallelism()} CPUs, load average ${os.loadavg()[0]?.toFixed(1)}`,
);
line("MCP tool calls alone", alone);
console.log(`${"  the app's CPU per tool call".padEnd(40)} ${cpuPerCall.toFixed(2)} ms`);
line("MCP tool calls beside Slack traffic", mixed);
line(`/career compare mle swe beside MCP (${concurrency})`, slack);
process.exit(0);
