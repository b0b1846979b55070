import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CustomRoute, HTTPReceiver, type Logger, LogLevel } from "@slack/bolt";
import { ConsoleLogger } from "@slack/logger";
import type { RetryOptions } from "@slack/web-api";
import { Agent, type Dispatcher, request } from "undici";
import { notice } from "../advisor/views.js";
import type { Assistant } from "../assistant.js";
import type { Config } from "../config.js";
import { digestCommands } from "../digest/commands.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import type { Store } from "../store/store.js";
import { renderMessage } from "./blocks/render.js";
import { HomeRefresher, refreshHome, type SlackContext } from "./context.js";
import { slackDirectory } from "./directory.js";
import { registerActions } from "./listeners/actions.js";
import { registerCommands } from "./listeners/commands.js";
import { registerEvents } from "./listeners/events.js";
import { registerViews } from "./listeners/views.js";
import { RateLimiter } from "./rate-limit.js";

/** Who sent a request: a slash command, an event or an interaction. */
function requester(body: unknown): string | undefined {
  const b = body as { user_id?: string; event?: { user?: string }; user?: { id?: string } };
  return b.user_id ?? b.event?.user ?? b.user?.id;
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
}

/** Slack's request bodies are small; anything far larger is refused with 413 before it is read. */
const bodyLimitBytes = 256 * 1024;

/**
 * The fetch used for every call to Slack: with a timeout, and with response URLs sent to SLACK_API_URL's
 * host when one is set (a proxy or a test stand-in), so that no call bypasses it. It is undici's
 * `request` under a fetch-shaped function: the Web API client and `respond` only need status, headers and
 * body, and full fetch costs a good share of the CPU of an answer.
 */
function slackFetch(slackApiUrl: string | undefined, timeoutMs: number): typeof fetch {
  const base = slackApiUrl ? new URL(slackApiUrl) : undefined;
  const agent = new Agent({ keepAliveTimeout: 10_000, connect: { timeout: timeoutMs } });
  return async (input, init) => {
    let url = input instanceof Request ? input.url : String(input);
    if (base && /^https:\/\/hooks\.slack\.com\//.test(url))
      url = url.replace("https://hooks.slack.com", base.origin);
    const res = await request(url, {
      method: (init?.method ?? "GET") as Dispatcher.HttpMethod,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: init?.body as string | Buffer | undefined,
      dispatcher: agent,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const body = await res.body.arrayBuffer();
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

const levels: Record<Config["logLevel"], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

export function createLogger(level: Config["logLevel"]): Logger {
  const logger = new ConsoleLogger();
  logger.setLevel(levels[level]);
  logger.setName("career-advisor");
  return logger;
}

/** Remembers recently handled event ids, so an event Slack retries is answered once. */
class SeenEvents {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity: number) {}
  /** True the first time an id is seen. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }
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
  const logger = options.logger ?? createLogger(config.logLevel);
  const health = () => ({ status: "ok", mode: config.mode, roles: services.kb.knowledge.roles.length });
  const healthRoute: CustomRoute = {
    path: "/healthz",
    method: ["GET"],
    handler: (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(health()));
    },
  };
  const socket = config.mode === "socket";
  const clientOptions = {
    fetch: slackFetch(config.slackApiUrl, options.httpTimeoutMs ?? 10_000),
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}),
  };
  const receiver = socket
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.signingSecret ?? "",
        customRoutes: [healthRoute],
        bodyLimit: bodyLimitBytes,
        logger,
      });
  const app = new App({
    token: config.botToken,
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

  const inFlight = new Set<Promise<unknown>>();
  const seen = new SeenEvents(10_000);
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !seen.firstTime(eventId)) {
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
  const limiter = new RateLimiter(options.rateLimit?.burst, options.rateLimit?.perSecond);
  app.use(async (args) => {
    const who = requester(args.body);
    const wait = limiter.take(who ?? "anonymous");
    if (wait === 0) return args.next();
    logger.warn(`rate limit: ${who} must wait ${wait} s`);
    const a = args as unknown as { ack?: () => Promise<void>; respond?: (m: object) => Promise<unknown> };
    await a.ack?.();
    await a
      .respond?.({ response_type: "ephemeral", ...slowDown(wait) })
      .catch((error: Error) => logger.warn(`rate-limit answer failed: ${error.message}`));
  });
  app.error(async (error) => {
    logger.error(`unhandled error: ${error.message}`);
  });

  const directory = slackDirectory(app.client, logger);
  const assistant: Assistant = { ...services, digest: digestCommands({ ...services, directory }) };
  const ctx: SlackContext = {
    assistant,
    roles: assistant.kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name })),
    logger,
    home: new HomeRefresher((client, userId) => refreshHome(ctx, client, userId)),
  };
  registerCommands(app, ctx);
  registerEvents(app, ctx);
  registerActions(app, ctx);
  registerViews(app, ctx);

  // In Socket Mode there is no HTTP receiver, so /healthz gets a small server of its own.
  let healthServer: Server | undefined;
  let httpServer: Server | undefined;
  return {
    app,
    async start() {
      if (socket) {
        healthServer = createServer((req, res) => {
          if (req.method === "GET" && req.url === "/healthz") healthRoute.handler(req, res);
          else res.writeHead(404).end();
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
      await ctx.home.flush();
      httpServer?.closeAllConnections();
      healthServer?.closeAllConnections();
      await closing;
    },
  };
}
