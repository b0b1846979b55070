import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "@slack/bolt";
import type { Registry } from "prom-client";
import type { Store } from "../store/store.js";
import { type RequestInfo, surfaces } from "./request-context.js";

/** How a call to Slack ended: what the operator's dashboards and alerts tell apart. */
export type SlackCallOutcome = "ok" | "error" | "rate_limited" | "http_error" | "timeout" | "network_error";
export type DigestOutcome = "posted" | "failed" | "paused";
/**
 * How an MCP tool call ended: answered; `not_found` (an unknown role, said so); `invalid` (arguments that
 * fail the tool's schema, or a tool it does not have); `rate_limited`; `refused` (unsigned or stale under
 * MCP_AUTH=slack, counted under the tool "-"); `error` (a fault of the app's own).
 */
export type McpCallOutcome = "ok" | "not_found" | "invalid" | "rate_limited" | "refused" | "error";
/** How the handling of a Slack request ended. */
export type RequestOutcome = "ok" | "error" | "rate_limited" | "stale";

/**
 * The app's Prometheus metrics. Everything that records goes through this interface; it exists only when
 * METRICS_PORT is set (prom-client is not even loaded otherwise), and every caller takes it as optional.
 */
export interface Metrics {
  readonly registry: Registry;
  /** A Slack request handled, from its arrival to the end of its handling. */
  request(info: RequestInfo, seconds: number): void;
  /** A request turned away as malformed (`reason`: which part of the payload). */
  malformed(reason: string): void;
  slackCall(method: string, outcome: SlackCallOutcome, seconds: number): void;
  digestPost(outcome: DigestOutcome): void;
  /** A digest slot posted late: missed while the app was down, or left by an instance that died. */
  digestCatchUp(): void;
  storeOperation(operation: string, ok: boolean, seconds: number): void;
  /** A 👍 (`positive`) or 👎 (`negative`) on an answer of a kind. */
  feedback(kind: string, value: "positive" | "negative"): void;
  /** An MCP tool call answered (src/mcp/), from its arrival to its result. */
  mcpCall(tool: string, outcome: McpCallOutcome, seconds: number): void;
}

const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const storeBuckets = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1];
const outcomes: RequestOutcome[] = ["ok", "error", "rate_limited", "stale"];

/** Creates the registry, with Node's and the process's default metrics, and the app's own. */
export async function createMetrics(): Promise<Metrics> {
  const prom = await import("prom-client");
  const registry = new prom.Registry();
  prom.collectDefaultMetrics({ register: registry });
  const registers = [registry];

  // Every metric is registered in the app's registry; a label set is fixed when the metric is made.
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new prom.Counter<L>({ name, help, labelNames, registers });
  const histogram = <L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    buckets: number[],
  ) => new prom.Histogram<L>({ name, help, labelNames, buckets, registers });

  const requests = counter(
    "career_requests_total",
    "Slack requests handled, by surface and how their handling ended (ok, error, rate_limited, stale)",
    ["surface", "outcome"],
  );
  const answers = counter(
    "career_answers_total",
    "Answers given, by surface (command, mention, dm, assistant, action) and kind (compare, salary, question, ...)",
    ["surface", "kind"],
  );
  const answerSeconds = histogram(
    "career_answer_duration_seconds",
    "Time from a request's arrival until its answer was delivered, by surface and kind",
    ["surface", "kind"],
    latencyBuckets,
  );
  const notFound = counter(
    "career_answers_not_found_total",
    "Answers saying the knowledge does not cover what was asked, by surface and reason (uncovered, off_topic, unanswered, unknown_role)",
    ["surface", "reason"],
  );
  const malformed = counter(
    "career_malformed_requests_total",
    "Signed requests whose payload was malformed, turned away with a 2xx or 4xx, by the part at fault",
    ["reason"],
  );
  const slackCalls = counter(
    "career_slack_api_calls_total",
    "Calls to Slack (Web API methods, response URLs, file uploads) by method and outcome (ok, error, rate_limited, http_error, timeout, network_error)",
    ["method", "outcome"],
  );
  const slackSeconds = histogram(
    "career_slack_api_call_duration_seconds",
    "Time a call to Slack took, by method",
    ["method"],
    latencyBuckets,
  );
  const digestPosts = counter(
    "career_digest_posts_total",
    "Digest slots settled, by outcome (posted, failed: given up after retries, paused: channel gone or bot removed)",
    ["outcome"],
  );
  const digestCatchUps = counter(
    "career_digest_catch_ups_total",
    "Digest slots posted late: missed while the app was down, or taken over from an instance that died",
    [],
  );
  const storeSeconds = histogram(
    "career_store_operation_duration_seconds",
    "Time a store operation took, by operation and outcome (ok, error)",
    ["operation", "outcome"],
    storeBuckets,
  );
  const feedback = counter(
    "career_feedback_total",
    "👍 (positive) and 👎 (negative) clicks on answers, by kind of answer",
    ["kind", "value"],
  );
  const mcpCalls = counter(
    "career_mcp_calls_total",
    "MCP tool calls, by tool and outcome (ok, not_found, invalid, rate_limited, refused, error)",
    ["tool", "outcome"],
  );
  const mcpSeconds = histogram(
    "career_mcp_call_duration_seconds",
    "Time an MCP tool call took inside the app, by tool",
    ["tool"],
    storeBuckets,
  );

  // Series that alerts divide by or watch for exist from the start, at zero.
  for (const surface of surfaces) for (const outcome of outcomes) requests.inc({ surface, outcome }, 0);
  for (const outcome of ["posted", "failed", "paused"]) digestPosts.inc({ outcome }, 0);
  digestCatchUps.inc(0);

  return {
    registry,
    request(info, seconds) {
      const outcome: RequestOutcome = info.stale
        ? "stale"
        : info.rateLimited
          ? "rate_limited"
          : info.errored
            ? "error"
            : "ok";
      requests.inc({ surface: info.surface, outcome });
      if (!info.kind) return;
      const labels = { surface: info.surface, kind: info.kind };
      answers.inc(labels);
      answerSeconds.observe(labels, seconds);
      if (info.notFound) notFound.inc({ surface: info.surface, reason: info.notFound });
    },
    malformed: (reason) => malformed.inc({ reason }),
    slackCall(method, outcome, seconds) {
      slackCalls.inc({ method, outcome });
      slackSeconds.observe({ method }, seconds);
    },
    digestPost: (outcome) => digestPosts.inc({ outcome }),
    digestCatchUp: () => digestCatchUps.inc(),
    storeOperation: (operation, ok, seconds) =>
      storeSeconds.observe({ operation, outcome: ok ? "ok" : "error" }, seconds),
    feedback: (kind, value) => feedback.inc({ kind, value }),
    mcpCall(tool, outcome, seconds) {
      mcpCalls.inc({ tool, outcome });
      mcpSeconds.observe({ tool }, seconds);
    },
  };
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Prometheus text format) on a port of its own: never on the Slack port, which is
 * public, while this one belongs on an internal network. Anything else is 404.
 */
export async function serveMetrics(metrics: Metrics, port: number, logger: Logger): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/metrics" || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found: metrics are at GET /metrics\n");
      return;
    }
    metrics.registry.metrics().then(
      (text) => {
        res.writeHead(200, { "content-type": metrics.registry.contentType });
        res.end(req.method === "HEAD" ? undefined : text);
      },
      (error: Error) => {
        logger.error(`metrics: collecting failed: ${error.message}`);
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A Web API method's name from the URL of a call, or what kind of call it is otherwise: the label set
 * stays bounded whatever the URL (a response URL carries ids, an upload URL a one-off path).
 */
export function slackMethodOf(url: string, apiBase: string): string {
  if (url.startsWith(apiBase)) {
    const method = url.slice(apiBase.length).split("?")[0] ?? "";
    return /^[a-zA-Z]+(\.[a-zA-Z0-9]+){1,3}$/.test(method) ? method : "other";
  }
  if (/^https:\/\/hooks\.slack\.com\//.test(url)) return "response_url";
  if (/^https:\/\/files\.slack\.com\/|\/upload\//.test(url)) return "file_upload";
  // With SLACK_API_URL set, response URLs are sent to its host (a proxy or a test stand-in).
  return "response_url";
}

/** `{"ok":false` at the start of a Web API answer: the call reached Slack and Slack said no. */
export function saysNotOk(body: ArrayBuffer): boolean {
  const head = Buffer.from(body, 0, Math.min(body.byteLength, 40)).toString("latin1");
  return /^\s*\{\s*"ok"\s*:\s*false/.test(head);
}

/** What became of a call that threw (no answer): a timeout or a network failure. */
export function failedCallOutcome(error: unknown): SlackCallOutcome {
  const code = (error as { code?: string }).code ?? "";
  const name = (error as Error).name ?? "";
  return /TIMEOUT/i.test(code) || /Timeout/i.test(name) ? "timeout" : "network_error";
}

/**
 * The store with each operation timed into `career_store_operation_duration_seconds`: a decorator, so
 * neither store knows about metrics. Wrappers are made once per method, not per call.
 */
export function timedStore(store: Store, metrics: Metrics): Store {
  const wrappers = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== "function" || typeof name !== "string") return value;
      let wrapped = wrappers.get(name);
      if (!wrapped) {
        const method = value as (...args: unknown[]) => unknown;
        wrapped = (...args: unknown[]) => {
          const started = performance.now();
          const done = (ok: boolean) =>
            metrics.storeOperation(name, ok, (performance.now() - started) / 1000);
          let result: unknown;
          try {
            result = method.apply(target, args);
          } catch (error) {
            done(false);
            throw error;
          }
          if (result instanceof Promise)
            result.then(
              () => done(true),
              () => done(false),
            );
          else done(true);
          return result;
        };
        wrappers.set(name, wrapped);
      }
      return wrapped;
    },
  });
}

/**
 * The store as the digest scheduler sees it, counting what it settles: a slot posted, given up, or paused;
 * and catch-ups: slots posted during the start-up pass (missed while the app was down) or after taking over
 * the claim of an instance that died. Seen from the store's side, so the scheduler needs no metrics of its own.
 */
export function digestCounted(store: Store, metrics: Metrics, startingUp: () => boolean): Store {
  const takenOver = new Set<string>();
  const key = (channelId: string, date: string) => `${channelId}\u0000${date}`;
  const counted: Partial<Store> = {
    async reclaimPost(channelId, date, staleBefore, now) {
      const won = await store.reclaimPost(channelId, date, staleBefore, now);
      if (won && staleBefore) takenOver.add(key(channelId, date));
      return won;
    },
    async completePost(channelId, date, ts, at) {
      await store.completePost(channelId, date, ts, at);
      metrics.digestPost("posted");
      if (takenOver.delete(key(channelId, date)) || startingUp()) metrics.digestCatchUp();
    },
    async failPost(channelId, date, error, at) {
      await store.failPost(channelId, date, error, at);
      takenOver.delete(key(channelId, date));
      metrics.digestPost("failed");
    },
    async pauseSubscription(channelId, reason, at) {
      await store.pauseSubscription(channelId, reason, at);
      metrics.digestPost("paused");
    },
  };
  return new Proxy(store, {
    get(target, name, receiver) {
      if (typeof name === "string" && name in counted) return counted[name as keyof Store];
      const value = Reflect.get(target, name, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** How a call to Slack that got an answer ended, from its status and the start of its body. */
export function slackCallOutcome(status: number, body: ArrayBuffer): SlackCallOutcome {
  if (status === 429) return "rate_limited";
  if (status >= 400) return "http_error";
  return saysNotOk(body) ? "error" : "ok";
}

/**
 * Times one call to Slack into `career_slack_api_calls_total` and its histogram. `call` does the request and
 * reads the answer; it resolves with the status and body, or throws (a timeout, a refused connection).
 */
export async function timedSlackCall<T extends { status: number; body: ArrayBuffer }>(
  metrics: Metrics | undefined,
  method: () => string,
  call: () => Promise<T>,
): Promise<T> {
  if (!metrics) return call();
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const result = await call();
    metrics.slackCall(method(), slackCallOutcome(result.status, result.body), seconds());
    return result;
  } catch (error) {
    metrics.slackCall(method(), failedCallOutcome(error), seconds());
    throw error;
  }
}
