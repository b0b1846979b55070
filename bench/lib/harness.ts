// What bench:slack and bench:load share: a stand-in that receives the bot's answers, targets in their own
// processes, and signed requests sent with undici's request API (cheap, since it shares the machine).
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { Agent, request } from "undici";

export const secret = "0123456789abcdef0123456789abcdef";
const client = new Agent({ connections: 64 });
const waiting = new Map<string, () => void>();

/** Which waiting request a call to the stand-in answers, for targets that answer at the response URL. */
export const byResponseUrl = (req: IncomingMessage): string | undefined =>
  req.url?.startsWith("/respond/") ? req.url.slice("/respond/".length) : undefined;

/** Starts the stand-in; `keyOf` says which waiting request an incoming call answers. */
export async function startStandIn(
  keyOf: (req: IncomingMessage, body: string) => string | undefined,
): Promise<number> {
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => {
      body += d;
    });
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, ts: "1.0", user: { tz: "UTC" }, channel: { is_member: true } }));
      const key = keyOf(req, body);
      if (key) {
        waiting.get(key)?.();
        waiting.delete(key);
      }
    });
  });
  server.unref();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

/**
 * bench/lib/slack-target.ts as plain JavaScript beside it (`bench/lib/.slack-target.js`, ignored by git), its imports
 * of the app's sources pointed at their build in dist/ (the bench scripts run `npm run build` first). So the
 * targets run as production runs them, on plain Node: under tsx's loader a process holds 27–38 MiB more, the
 * more the more modules it loads, which fell on the app and not on the bare Bolt app beside it.
 */
let compiled: string | undefined;
function compiledTarget(): string {
  if (compiled) return compiled; // once per bench run, however many targets it starts
  const file = "bench/lib/.slack-target.js";
  const { outputText } = ts.transpileModule(readFileSync("bench/lib/slack-target.ts", "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  writeFileSync(file, outputText.replaceAll('"../../src/', '"../../dist/'));
  compiled = file;
  return file;
}

/** The node flags `npm start` runs the app with (package.json), so that the bench's app runs as deployed. */
export const appStartFlags: string[] = (() => {
  const start = JSON.parse(readFileSync("package.json", "utf8")).scripts.start as string;
  const words = start.split(/\s+/);
  const script = words.findIndex((w, i) => i > 0 && !w.startsWith("-"));
  if (words[0] !== "node" || script < 0)
    throw new Error(`npm start is not "node [flags] <script>": ${start}`);
  return words.slice(1, script);
})();

/** Node flags from an environment variable (BENCH_APP_FLAGS, BENCH_BARE_FLAGS), separated by spaces. */
export const flagsFrom = (name: string): string[] => (process.env[name] ?? "").split(" ").filter(Boolean);

/**
 * Starts bench/lib/slack-target.ts (`bare` or `app`) in its own process and waits for its port. The app runs
 * with `npm start`'s node flags (`appStartFlags`) before `nodeFlags`, which may override them. `payloadFile`:
 * the answers a bare target sends back to bench:load's mix (see payloads.ts). `label` names the files a
 * target writes (profiles, GC logs): a second instance of the app needs its own.
 */
export async function startTarget(
  kind: "bare" | "app",
  standInPort: number,
  nodeFlags: string[] = [],
  payloadFile?: string,
  label: string = kind,
) {
  const dataFile = path.join(mkdtempSync(path.join(os.tmpdir(), "career-bench-")), "data.json");
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(kind === "app" ? appStartFlags : []),
      ...nodeFlags,
      ...(process.env.BENCH_TRACE_GC ? ["--trace-gc-nvp"] : []),
      compiledTarget(),
      kind,
      `http://127.0.0.1:${standInPort}/api/`,
      dataFile,
      secret,
      ...(payloadFile ? [payloadFile] : []),
    ],
    { stdio: ["ignore", "pipe", "inherit", "ipc"], env: { ...process.env, BENCH_LABEL: label } },
  );
  // BENCH_TRACE_GC=<dir>: V8 prints a line per collection on stdout; kept in <dir>/<label>.gc.log.
  if (process.env.BENCH_TRACE_GC) {
    mkdirSync(process.env.BENCH_TRACE_GC, { recursive: true });
    child.stdout?.pipe(createWriteStream(path.join(process.env.BENCH_TRACE_GC, `${label}.gc.log`)));
  }
  const port = await new Promise<number>((resolve) => {
    child.stdout?.on("data", (d: Buffer) => {
      const m = d.toString().match(/port (\d+)/);
      if (m) resolve(Number(m[1]));
    });
  });
  return { child, port };
}

/** The headers with which Slack signs a request's body (its signing secret is `secret`). */
export function slackSignature(body: string) {
  const ts = String(Math.floor(Date.now() / 1000));
  return {
    "x-slack-request-timestamp": ts,
    "x-slack-signature": `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`,
  };
}

/** The form body of `/career <text>` from `user`, whose answer goes to the stand-in's response URL for `id`. */
export function slashCommandBody(standInPort: number, id: string, user: string, text: string): string {
  return new URLSearchParams({
    team_id: "T1",
    channel_id: "C1",
    user_id: user,
    command: "/career",
    text,
    response_url: `http://127.0.0.1:${standInPort}/respond/${id}`,
    trigger_id: id,
  }).toString();
}

/**
 * Sends a request signed as Slack signs it and resolves with the time until its answer arrived: in the
 * HTTP response itself (a slash command answered in its ack), or else at the stand-in, keyed `key`;
 * rejects on a non-200 or no answer within 5 seconds.
 */
export async function timeToAnswer(
  port: number,
  body: string,
  contentType: string,
  key: string,
): Promise<number> {
  const headers = { "content-type": contentType, ...slackSignature(body) };
  const answered = new Promise<void>((resolve) => waiting.set(key, resolve));
  const start = performance.now();
  const res = await request(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers,
    body,
    dispatcher: client,
  });
  const inAck = (await res.body.text()) !== "";
  if (res.statusCode !== 200) {
    waiting.delete(key);
    throw new Error(`HTTP ${res.statusCode}`);
  }
  if (inAck) {
    waiting.delete(key);
    return performance.now() - start;
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    answered,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error("no answer within 5 s")), 5000);
    }),
  ]).finally(() => clearTimeout(timer));
  return performance.now() - start;
}

/**
 * Keeps `concurrency` requests in flight for `seconds`, or until `maxRequests` have been sent; collects
 * times, the number of errors and the first error's message.
 */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  once: () => Promise<number>,
  maxRequests = Number.POSITIVE_INFINITY,
) {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && times.length + errors < maxRequests)
        try {
          times.push(await once());
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message;
        }
    }),
  );
  return { times, errors, firstError, seconds: (performance.now() - started) / 1000 };
}
