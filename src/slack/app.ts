import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CustomRoute, type Logger, LogLevel } from "@slack/bolt";
import { ConsoleLogger } from "@slack/logger";
import type { RetryOptions } from "@slack/web-api";
import type { Assistant } from "../assistant.js";
import type { Config } from "../config.js";
import { digestCommands } from "../digest/commands.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import type { Store } from "../store/store.js";
import type { SlackContext } from "./context.js";
import { slackDirectory } from "./directory.js";
import { registerActions } from "./listeners/actions.js";
import { registerCommands } from "./listeners/commands.js";
import { registerEvents } from "./listeners/events.js";
import { registerViews } from "./listeners/views.js";

export interface SlackAppOptions {
  /** Skip auth.test at start (tests): the bot's own ids. */
  botId?: string;
  botUserId?: string;
  retryConfig?: RetryOptions;
  logger?: Logger;
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
  const app = new App({
    token: config.botToken,
    ...(socket
      ? { appToken: config.appToken, socketMode: true }
      : { signingSecret: config.signingSecret, customRoutes: [healthRoute] }),
    ...(options.botId ? { botId: options.botId } : {}),
    ...(options.botUserId ? { botUserId: options.botUserId } : {}),
    logger,
    // No listener uses conversation state; skipping the store saves work on every request.
    convoStore: false,
    clientOptions: {
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
      ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}),
    },
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
  app.error(async (error) => {
    logger.error(`unhandled error: ${error.message}`);
  });

  const directory = slackDirectory(app.client, logger);
  const assistant: Assistant = { ...services, digest: digestCommands({ ...services, directory }) };
  const ctx: SlackContext = {
    assistant,
    roles: assistant.kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name })),
    logger,
  };
  registerCommands(app, ctx);
  registerEvents(app, ctx);
  registerActions(app, ctx);
  registerViews(app, ctx);

  // In Socket Mode there is no HTTP receiver, so /healthz gets a small server of its own.
  let healthServer: Server | undefined;
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
      const server = (await app.start(config.port)) as Server;
      return (server.address() as AddressInfo).port;
    },
    async stop() {
      await app.stop();
      await new Promise<void>((resolve) => (healthServer ? healthServer.close(() => resolve()) : resolve()));
      await Promise.allSettled([...inFlight]);
    },
  };
}
