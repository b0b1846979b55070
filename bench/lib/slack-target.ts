// A bench target in its own process: `bare` is a Bolt app that answers with messages computed before it
// started (the framework's floor for answers of that size); `app` is the real service. Prints "port N" once
// it listens.
// - `bare` with a payload file (bench:load, see payloads.ts): answers the load's whole mix as the app does,
//   slash commands in the ack, mentions in their thread, buttons and ticks through the response URL, from
//   the file, never loading the knowledge.
// - `bare` without one (bench:slack): acks /career with the app's own answer to `compare mle swe` (or
//   BENCH_TEXT), computed at start.
// The knowledge comes from BENCH_KNOWLEDGE_DIR (default `knowledge`); BENCH_METRICS=1 runs the app with
// METRICS_PORT set, as an operator would.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { getHeapSpaceStatistics, writeHeapSnapshot } from "node:v8";
import { App, LogLevel } from "@slack/bolt";
import type { MixedPayloads } from "./payloads.js";

const [kind, apiUrl, dataFile, secret, payloadFile] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string | undefined,
];
const knowledgeDir = process.env.BENCH_KNOWLEDGE_DIR ?? "knowledge";

/** What the app answers to `/career <text>` for a user with no preferences, exactly as it would ack it. */
async function appPayload(text: string) {
  const { reply } = await import("../../src/conversation/reply.js");
  const { digestCommands } = await import("../../src/digest/commands.js");
  const { loadKnowledgeBase } = await import("../../src/knowledge/base.js");
  const { renderMessage } = await import("../../src/slack/blocks/message.js");
  const { JsonStore } = await import("../../src/store/file/json-store.js");
  const kb = loadKnowledgeBase(knowledgeDir);
  const store = await JsonStore.open(dataFile);
  const directory = { userTimezone: async () => "UTC", isMember: async () => true };
  const clock = () => new Date();
  const digest = digestCommands({ kb, store, directory, clock });
  const { answer } = await reply({ kb, store, digest, clock }, text, { userId: "UBENCH", channelId: "C1" });
  const roles = kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name }));
  return {
    response_type: "ephemeral" as const,
    ...renderMessage(answer, { command: text, shareable: true, roles, nativeCharts: true }),
  };
}

if (kind === "bare") {
  const app = new App({
    token: "xoxb-bench",
    signingSecret: secret,
    logLevel: LogLevel.ERROR,
    botId: "BBOT",
    botUserId: "UBOT",
    clientOptions: { slackApiUrl: apiUrl },
    // As the app runs Bolt: without the conversation store, which costs every request a little.
    convoStore: false,
  });
  if (payloadFile) {
    const p = JSON.parse(readFileSync(payloadFile, "utf8")) as MixedPayloads;
    const help = Object.values(p.commands)[0] as object;
    app.command("/career", async ({ command, ack }) => {
      await ack((p.commands[command.text] ?? help) as never);
    });
    app.event("app_mention", async ({ event, client }) => {
      const text = event.text.replace(/<@[A-Z0-9]+>/g, "").trim();
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: event.thread_ts ?? event.ts,
        ...((p.mentions[text] ?? help) as { text: string }),
      });
    });
    app.action(/^run_command_\d+$/, async ({ ack, action, respond }) => {
      await ack();
      const value = (action as { value?: string }).value ?? "";
      await respond({ response_type: "ephemeral", replace_original: false, ...(p.clicks[value] ?? help) });
    });
    app.action(/^skills_check\|/, async ({ ack, respond }) => {
      await ack();
      await respond({ replace_original: true, ...p.tick });
    });
  } else {
    const payload = await appPayload(process.env.BENCH_TEXT ?? "compare mle swe");
    app.command("/career", async ({ ack }) => {
      await ack(payload);
    });
  }
  const server = (await app.start(0)) as import("node:http").Server;
  console.log(`port ${(server.address() as import("node:net").AddressInfo).port}`);
} else {
  // Imported here, so that the bare target loads none of the app's code.
  const { loadConfig } = await import("../../src/runtime/config.js");
  const { createLogger } = await import("../../src/runtime/logging.js");
  const { loadKnowledgeBase } = await import("../../src/knowledge/base.js");
  const { startService } = await import("../../src/server/service.js");
  const { openStore } = await import("../../src/store/open.js");
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: secret,
    PORT: "0",
    SLACK_API_URL: apiUrl,
    DATA_FILE: dataFile,
    KNOWLEDGE_DIR: knowledgeDir,
    LOG_LEVEL: "error",
    ...(process.env.BENCH_METRICS === "1" ? { METRICS_PORT: "0" } : {}),
    // bench:mcp: the MCP endpoint as Slackbot calls it, Slack-signed (MCP_AUTH=slack).
    ...(process.env.BENCH_MCP_AUTH ? { MCP_AUTH: process.env.BENCH_MCP_AUTH } : {}),
    // bench:load with BENCH_DATABASE_URL: instances sharing one PostgreSQL database.
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
  });
  const { understanderFor } = await import("../../src/understanding/understand.js");
  const kb = loadKnowledgeBase(knowledgeDir);
  understanderFor(kb); // as main.ts does: the classifier is ready before the first question
  const service = await startService(config, kb, await openStore(config), {
    botId: "BBOT",
    botUserId: "UBOT",
    logger: createLogger("error"),
  });
  console.log(`port ${service.port}`);
}

// The memory the process has held since it was last asked, sampled every 50 ms: its peak, and every sample
// (resident memory swings by tens of MiB as V8 grows and shrinks its heap, so one reading says little).
let peakRss = process.memoryUsage.rss();
let rssSamples: number[] = [];
setInterval(() => {
  const rss = process.memoryUsage.rss();
  peakRss = Math.max(peakRss, rss);
  rssSamples.push(rss);
}, 50).unref();

const rollup = "/proc/self/smaps_rollup";
/**
 * Where the resident memory is, on Linux, roughly: V8's heap (the physical memory its spaces have
 * committed), other anonymous memory (native: malloc's and native addons' allocators, thread stacks,
 * Node's own buffers; less whatever V8 has committed but not touched) and mapped files (the node binary,
 * shared libraries, addons; shared memory too, of which the app has none). Undefined where the kernel does
 * not say.
 */
function residentParts(v8: number): { v8: number; native: number; files: number } | undefined {
  if (!existsSync(rollup)) return undefined;
  const text = readFileSync(rollup, "utf8");
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0) * 1024;
  const rss = kib("Rss");
  const anonymous = kib("Anonymous");
  return { v8, native: Math.max(0, anonymous - v8), files: rss - anonymous };
}

// BENCH_ALLOCATIONS=<dir>: V8's sampling heap profiler records what the target allocates, whether it is kept
// or collected, and writes it to <dir>/<label>.heapprofile when the target stops (`bare`, `app`, `app2` for
// a second instance; DevTools, Memory tab).
const allocations = process.env.BENCH_ALLOCATIONS ? new Session() : undefined;
if (allocations) {
  allocations.connect();
  await allocations.post("HeapProfiler.startSampling", {
    samplingInterval: 16_384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}

// Exit normally on SIGTERM, so that a --cpu-prof run writes its profile; and with the bench, if it dies.
process.on("SIGTERM", async () => {
  if (allocations) {
    const { profile } = await allocations.post("HeapProfiler.stopSampling");
    const dir = path.resolve(process.env.BENCH_ALLOCATIONS as string);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${process.env.BENCH_LABEL ?? kind}.heapprofile`);
    writeFileSync(file, JSON.stringify(profile));
  }
  process.exit(0);
});
process.on("disconnect", () => process.exit(0));
// Asked over IPC (bench:load): memory as it is (`rss`, with the peak and the samples since the last `rss`) or
// after a full collection (`memory`, run with --expose-gc), CPU time so far, or a heap snapshot written to a
// file; with the size of each heap space.
process.on("message", (message: unknown) => {
  if (typeof message === "object" && message !== null && "snapshot" in message) {
    (globalThis as { gc?: () => void }).gc?.();
    const file = String((message as { snapshot: string }).snapshot);
    mkdirSync(path.dirname(file), { recursive: true });
    process.send?.({ file: writeHeapSnapshot(file) });
    return;
  }
  if (message !== "memory" && message !== "cpu" && message !== "rss") return;
  if (message === "memory") (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  const peak = Math.max(peakRss, usage.rss);
  const samples = rssSamples;
  // Only `rss` starts a new period: asking for CPU or memory in between must not lose the round's samples.
  if (message === "rss") {
    peakRss = usage.rss;
    rssSamples = [];
  }
  // Where the heap's memory is: each space's size as V8 holds it (young objects, old, large objects, code).
  const heapSpaces = getHeapSpaceStatistics();
  const spaces = Object.fromEntries(heapSpaces.map((s) => [s.space_name, s.space_size]));
  const v8Resident = heapSpaces.reduce((sum, s) => sum + s.physical_space_size, 0);
  process.send?.({
    ...usage,
    peakRss: peak,
    rssSamples: samples,
    cpu: process.cpuUsage(),
    spaces,
    resident: residentParts(v8Resident),
  });
});
