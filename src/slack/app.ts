import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { App, type CustomRoute, HTTPReceiver, type Logger } from "@slack/bolt";
import type { RetryOptions, WebClient } from "@slack/web-api";
import { Agent, type Dispatcher, request } from "undici";
import YAML from "yaml";
import { notice } from "../advisor/answer-parts.js";
import type { Assistant } from "../conversation/reply.js";
import { digestCommands } from "../digest/commands.js";
import { InsightRecorder } from "../insights/recorder.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import { fingerprintOf } from "../knowledge/fingerprint.js";
import type { Config } from "../runtime/config.js";
import { AppLogger, loggerFor, markingErrors } from "../runtime/logging.js";
import { type Metrics, slackMethodOf, timedSlackCall } from "../runtime/metrics.js";
import { noteRateLimited } from "../runtime/request-context.js";
import type { Store } from "../store/store.js";
import { renderMessage } from "./blocks/render.js";
import { SlackCharts } from "./charts.js";
import { HomeRefresher, refreshOpenedHome, type SlackContext } from "./context.js";
import { slackDirectory } from "./directory.js";
import { guardBodies, guardRequests, processEventError } from "./guard.js";
import { botTokenFor, storeInstallations } from "./installations.js";
import { registerActions } from "./listeners/actions.js";
import { registerAssistant } from "./listeners/assistant.js";
import { registerCommands } from "./listeners/commands.js";
import { registerEvents } from "./listeners/events.js";
import { registerViews } from "./listeners/views.js";
import { ViewedChannels } from "./viewing.js";
import { currentTeam, inWorkspace, teamOf, workspaceScoped } from "./workspace.js";

/** Who sent a request: a slash command, an event or an interaction. */
function requester(body: unknown): string | undefined {
  const b = body as {
    user_id?: string;
    event?: { user?: string; assistant_thread?: { user_id?: string } };
    user?: { id?: string };
  };
  // Assistant thread events name their person inside the thread, not on the event.
  return b.user_id ?? b.event?.user ?? b.event?.assistant_thread?.user_id ?? b.user?.id;
}

function slowDown(seconds: number) {
  const wait = `${seconds} second${seconds === 1 ? "" : "s"}`;
  return renderMessage(
    notice(
      "One moment",
      [`You are sending requests faster than I answer them. Please try again in ${wait}.`],
      "info",
    ),
  );
}

/**
 * The "slow down" for a mention or a DM, which have no response URL: privately in the mention's thread, or
 * in the DM. Events that are not someone talking to the bot (App Home opened) get none.
 */
async function slowDownInConversation(client: WebClient, body: unknown, wait: number): Promise<unknown> {
  const event = (
    body as {
      event?: {
        type?: string;
        channel?: string;
        user?: string;
        ts?: string;
        thread_ts?: string;
        channel_type?: string;
      };
    }
  ).event;
  if (!event?.channel || !event.user) return;
  if (event.type === "app_mention")
    return client.chat.postEphemeral({
      channel: event.channel,
      user: event.user,
      thread_ts: event.thread_ts ?? event.ts,
      ...slowDown(wait),
    });
  // In a DM, or an assistant thread within one: in the thread the message came in.
  if (event.type === "message" && event.channel_type === "im")
    return client.chat.postMessage({
      channel: event.channel,
      ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
      ...slowDown(wait),
    });
}

/** Bot scopes an install asks for: the manifest's, so the two never drift apart. */
function manifestScopes(): string[] {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../manifest.yml");
  const manifest = YAML.parse(readFileSync(file, "utf8")) as {
    oauth_config?: { scopes?: { bot?: string[] } };
  };
  return manifest.oauth_config?.scopes?.bot ?? [];
}

/**
 * Bolt's OAuth: the Add to Slack page at /slack/install, the redirect at /slack/oauth_redirect (state checked
 * against a signed cookie), the code exchanged through SLACK_API_URL like every call, installations in the
 * app's store.
 */
function oauthOptions(
  oauth: NonNullable<Config["oauth"]>,
  services: AppServices,
  clientOptions: { slackApiUrl?: string },
) {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: manifestScopes(),
    installationStore: storeInstallations(services.store, services.clock, oauth.tokenKeys),
    installerOptions: {
      installPath: "/slack/install",
      redirectUriPath: "/slack/oauth_redirect",
      directInstall: false,
      clientOptions: clientOptions.slackApiUrl ? { slackApiUrl: clientOptions.slackApiUrl } : {},
    },
  };
}

export interface SlackAppOptions {
  /** Skip auth.test at start (tests): the bot's own ids. */
  botId?: string;
  botUserId?: string;
  retryConfig?: RetryOptions;
  logger?: Logger;
  /** How long any call to Slack (Web API or response URL) may take. */
  httpTimeoutMs?: number;
  /** Requests a user may send at once, and how fast that allowance refills. */
  rateLimit?: { burst: number; perSecond: number };
  /** Prometheus metrics (METRICS_PORT set); absent: nothing is counted. */
  metrics?: Metrics;
  /**
   * More HTTP routes on this port, in both modes (the MCP endpoint, POST /mcp): handed in by the wiring,
   * so the Slack edge knows nothing of what serves them.
   */
  routes?: { path: string; handler: (req: IncomingMessage, res: ServerResponse) => void }[];
}

/** Slack's request bodies are small; anything far larger is refused with 413 before it is read. */
const bodyLimitBytes = 256 * 1024;

/**
 * The fetch used for every call to Slack: with a timeout, and with response URLs sent to SLACK_API_URL's
 * host when one is set (a proxy or a test stand-in), so that no call bypasses it. It is undici's
 * `request` under a fetch-shaped function: the Web API client and `respond` only need status, headers and
 * body, and full fetch costs a good share of the CPU of an answer.
 */
export function slackFetch(
  slackApiUrl: string | undefined,
  timeoutMs: number,
  metrics?: Metrics,
): typeof fetch {
  const base = slackApiUrl ? new URL(slackApiUrl) : undefined;
  const agent = new Agent({ keepAliveTimeout: 10_000, connect: { timeout: timeoutMs } });
  return async (input, init) => {
    let url = input instanceof Request ? input.url : String(input);
    const called = url;
    if (base && /^https:\/\/hooks\.slack\.com\//.test(url))
      url = url.replace("https://hooks.slack.com", base.origin);
    const sendHeaders = Object.fromEntries(new Headers(init?.headers).entries());
    let payload = init?.body;
    // files.uploadV2 (pay charts) sends the bytes as FormData, which undici's `request` cannot take:
    // encode it as multipart the way fetch would, boundary in the content type.
    if (payload instanceof FormData) {
      const encoded = new Response(payload);
      sendHeaders["content-type"] = encoded.headers.get("content-type") ?? "multipart/form-data";
      payload = Buffer.from(await encoded.arrayBuffer());
    }
    // Counted by method and outcome (ok, error, 429, timeout…) when METRICS_PORT is set.
    const { res, body } = await timedSlackCall(
      metrics,
      () => slackMethodOf(called, slackApiUrl ?? "https://slack.com/api/"),
      async () => {
        const res = await request(url, {
          method: (init?.method ?? "GET") as Dispatcher.HttpMethod,
          headers: sendHeaders,
          body: payload as string | Buffer | undefined,
          dispatcher: agent,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        return { res, status: res.statusCode, body: await res.body.arrayBuffer() };
      },
    );
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    return new Response(res.statusCode === 204 || res.statusCode === 304 ? null : body, {
      status: res.statusCode,
      headers,
    });
  };
}

export interface RunningSlackApp {
  app: App;
  /** Starts serving; resolves with the HTTP port once Slack requests (and /healthz) are being taken. */
  start(): Promise<number>;
  /** Stops taking requests and waits for the work in flight. */
  stop(): Promise<void>;
}

/** A text logger at `level` (see src/runtime/logging.ts; `loggerFor(config)` also takes LOG_FORMAT and the secrets). */
export function createLogger(level: Config["logLevel"]): Logger {
  return new AppLogger({ level });
}

/** What the app answers from: the knowledge, the store, and a clock (tests control it). */
export interface AppServices {
  kb: KnowledgeBase;
  store: Store;
  clock: () => Date;
}

export function createSlackApp(
  config: Config,
  services: AppServices,
  options: SlackAppOptions = {},
): RunningSlackApp {
  // An error logged while a request is handled marks it for the metrics (src/runtime/logging.ts).
  const logger = markingErrors(options.logger ?? loggerFor(config));
  const healthRoute: CustomRoute = {
    path: "/healthz",
    method: ["GET"],
    // 503 with the reason while the store cannot serve (the database is down), so a load balancer sends
    // requests to another instance until it recovers.
    handler: (_req, res) => {
      void services.store.health().then((h) => {
        const body = h.ok
          ? {
              status: "ok",
              mode: config.mode,
              roles: services.kb.knowledge.roles.length,
              knowledge: fingerprintOf(services.kb).version,
            }
          : { status: "unavailable", reason: h.reason };
        res.writeHead(h.ok ? 200 : 503, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      });
    },
  };
  // Pay charts: served at GET /charts/<hash>.png for image blocks when PUBLIC_URL is set (HTTP mode only:
  // Socket Mode has no receiver to serve them), uploaded with files.uploadV2 into channels otherwise.
  // CHARTS=native needs none of this: the chart is a block of the answer, drawn by Slack.
  const charts = new SlackCharts(services.kb, logger, config.mode === "http" ? config.publicUrl : undefined);
  const socket = config.mode === "socket";
  const rateLimit = options.rateLimit ?? { burst: 20, perSecond: 1 };
  const extraRoutes = options.routes ?? [];
  const routed: CustomRoute[] = extraRoutes.map((r) => ({
    path: r.path,
    method: ["POST", "GET", "DELETE"],
    handler: (req, res) => r.handler(req, res),
  }));
  const clientOptions = {
    fetch: slackFetch(config.slackApiUrl, options.httpTimeoutMs ?? 10_000, options.metrics),
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}),
  };
  const receiver = socket
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.signingSecret ?? "",
        customRoutes: [healthRoute, charts.route, ...routed],
        bodyLimit: bodyLimitBytes,
        logger,
        // A malformed payload is a 400 (src/slack/guard.ts), not Bolt's 500.
        processEventErrorHandler: processEventError,
        ...(config.oauth ? oauthOptions(config.oauth, services, clientOptions) : {}),
      });
  const app = new App({
    ...(config.botToken ? { token: config.botToken } : {}),
    ...(socket ? { appToken: config.appToken, socketMode: true } : { receiver }),
    ...(options.botId ? { botId: options.botId } : {}),
    ...(options.botUserId ? { botUserId: options.botUserId } : {}),
    logger,
    // No listener uses conversation state; skipping the store saves work on every request.
    convoStore: false,
    clientOptions,
    // Socket Mode opens its connection with a client of its own; this is how SLACK_API_URL reaches it.
    ...(socket ? { installerOptions: { clientOptions } } : {}),
  });
  // Malformed payloads turned away, stale buttons, views and shortcuts answered, every request in a
  // request context for the logs and metrics (src/slack/guard.ts).
  if (receiver)
    guardBodies(receiver, {
      logger,
      bodyLimit: bodyLimitBytes,
      signingSecret: config.signingSecret ?? "",
      ...(options.metrics ? { metrics: options.metrics } : {}),
    });
  const guarded = guardRequests(app, {
    logger,
    socket,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });

  // Everything a request does runs as belonging to its workspace (see workspace.ts).
  if (config.oauth) app.use(({ body, next }) => inWorkspace(teamOf(body), next));
  const inFlight = new Set<Promise<unknown>>();
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: string }).event_id;
    // Kept in the store, so that a retry Slack sends to another instance is recognised there too. If the
    // store cannot tell, the event is answered: a rare double answer beats a lost one.
    if (eventId && !(await services.store.firstDelivery(eventId, services.clock()).catch(() => true))) {
      logger.debug(`skipping event ${eventId}: already handled`);
      return;
    }
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });
  const { burst, perSecond } = rateLimit;
  app.use(async (args) => {
    // Messages from bots (our own answers in a DM among them) are not requests; the listeners ignore them.
    const event = (args.body as { event?: { bot_id?: string; subtype?: string } }).event;
    if (event?.bot_id || event?.subtype) return args.next();
    const who = requester(args.body);
    // Shared through the store, so a person's allowance is one across instances; if the store cannot say,
    // the request goes through.
    const wait = await services.store
      .takeToken(`user:${teamOf(args.body) ?? ""}:${who ?? "anonymous"}`, services.clock(), burst, perSecond)
      .catch(() => 0);
    if (wait === 0) return args.next();
    logger.warn(`rate limit: ${who} must wait ${wait} s`);
    noteRateLimited();
    const a = args as unknown as { ack?: () => Promise<void>; respond?: (m: object) => Promise<unknown> };
    await a.ack?.();
    const answered = a.respond
      ? a.respond({ response_type: "ephemeral", ...slowDown(wait) })
      : slowDownInConversation(args.client, args.body, wait);
    await answered.catch((error: Error) => logger.warn(`rate-limit answer failed: ${error.message}`));
  });
  app.error(async (error) => {
    logger.error(`unhandled error: ${error.message}`);
  });

  // With installs into many workspaces, work outside a listener's own client uses the workspace's token.
  const store = config.oauth ? workspaceScoped(services.store) : services.store;
  const directory = slackDirectory(app.client, logger, () =>
    botTokenFor(services.store, currentTeam(), config.oauth?.tokenKeys),
  );
  const assistant: Assistant = {
    ...services,
    store,
    digest: digestCommands({
      ...services,
      store,
      directory,
      feeds: { allowPrivate: config.feedsAllowPrivate },
    }),
    debug: (message) => logger.debug(message),
  };
  const ctx: SlackContext = {
    admins: new Set(config.adminUserIds),
    insights: new InsightRecorder(
      services.store,
      config.signingSecret ?? config.appToken ?? "career-advisor",
      services.clock,
      config.insights,
      (message) => logger.warn(message),
    ),
    assistant,
    // Read at each use: a knowledge reload may add roles.
    get roles() {
      return assistant.kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name }));
    },
    logger,
    home: new HomeRefresher((client, userId) => refreshOpenedHome(ctx, client, userId)),
    ...(config.charts === "image" ? { charts } : {}),
    nativeCharts: config.charts === "native",
    feedbackQuestions: config.insights,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    viewing: new ViewedChannels(),
  };
  registerCommands(app, ctx);
  registerEvents(app, ctx);
  registerActions(app, ctx);
  registerViews(app, ctx);
  registerAssistant(app, ctx);

  // In Socket Mode there is no HTTP receiver, so /healthz (and /mcp) get a small server of their own.
  let healthServer: Server | undefined;
  let httpServer: Server | undefined;
  return {
    app,
    async start() {
      if (socket) {
        healthServer = createServer((req, res) => {
          if (req.method === "GET" && req.url === "/healthz") healthRoute.handler(req, res);
          else {
            const route = extraRoutes.find((r) => r.path === (req.url ?? "").split("?")[0]);
            if (route) route.handler(req, res);
            else res.writeHead(404).end();
          }
        });
        await new Promise<void>((resolve) => healthServer?.listen(config.port, resolve));
        await app.start();
        return (healthServer.address() as AddressInfo).port;
      }
      httpServer = (await app.start(config.port)) as Server;
      return (httpServer.address() as AddressInfo).port;
    },
    async stop() {
      // Stop accepting, let the work in flight finish, then close whatever connections are left open
      // (keep-alive, or a refused oversized body still arriving) instead of waiting for them to time out.
      const closing = Promise.all([
        app.stop(),
        new Promise<void>((resolve) => (healthServer ? healthServer.close(() => resolve()) : resolve())),
      ]);
      await Promise.allSettled([...inFlight]);
      await guarded.idle();
      await ctx.home.flush();
      httpServer?.closeAllConnections();
      healthServer?.closeAllConnections();
      await closing;
    },
  };
}
