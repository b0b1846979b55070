import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CustomRoute, HTTPReceiver, type Logger } from "@slack/bolt";
import type { RetryOptions } from "@slack/web-api";
import type { ReplyServices } from "../conversation/reply.js";
import { digestCommands } from "../digest/commands.js";
import { InsightRecorder } from "../insights/recorder.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import type { Config } from "../runtime/config.js";
import { loggerFor, markingErrors } from "../runtime/logging.js";
import type { Metrics } from "../runtime/metrics.js";
import type { Store } from "../store/store.js";
import { guardBodies } from "./http/body-check.js";
import { healthCheck } from "./http/health.js";
import { processEventError } from "./http/malformed-response.js";
import { oauthOptions } from "./http/oauth.js";
import { slackFetch } from "./http/slack-fetch.js";
import { socketModeServer } from "./http/socket-mode-server.js";
import { registerActions } from "./listeners/actions/index.js";
import { registerAssistant } from "./listeners/assistant/index.js";
import { registerCommands } from "./listeners/commands/index.js";
import type { SlackContext } from "./listeners/deps.js";
import { registerEvents } from "./listeners/events/index.js";
import { HomeRefresher } from "./listeners/home-refresher.js";
import { refreshOpenedHome } from "./listeners/publish-home.js";
import { ViewedChannels } from "./listeners/viewed-channels.js";
import { registerViews } from "./listeners/views/index.js";
import { duplicateEvents } from "./middleware/duplicate-events.js";
import { guardRequests } from "./middleware/process-event.js";
import { rateLimit } from "./middleware/rate-limit.js";
import { SlackCharts } from "./outgoing/chart-images.js";
import { slackDirectory } from "./workspaces/directory.js";
import { botTokenFor } from "./workspaces/installations.js";
import { currentTeam, inWorkspace, teamOf, workspaceScoped } from "./workspaces/workspace-scope.js";

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

export interface RunningSlackApp {
  app: App;
  /** Starts serving; resolves with the HTTP port once Slack requests (and /healthz) are being taken. */
  start(): Promise<number>;
  /** Stops taking requests and waits for the work in flight. */
  stop(): Promise<void>;
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
  const healthRoute = healthCheck(config.mode, services);
  // Pay charts: served at GET /charts/<hash>.png for image blocks when PUBLIC_URL is set (HTTP mode only:
  // Socket Mode has no receiver to serve them), uploaded with files.uploadV2 into channels otherwise.
  // CHARTS=native needs none of this: the chart is a block of the answer, drawn by Slack.
  const charts = new SlackCharts(services.kb, logger, config.mode === "http" ? config.publicUrl : undefined);
  const socket = config.mode === "socket";
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
        // A malformed payload is a 400 (src/slack/http/malformed-response.ts), not Bolt's 500.
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
  // request context for the logs and metrics (slack/http/body-check.ts, slack/middleware/).
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

  // Everything a request does runs as belonging to its workspace (see workspaces/workspace-scope.ts).
  if (config.oauth) app.use(({ body, next }) => inWorkspace(teamOf(body), next));
  const deliveries = duplicateEvents(services.store, services.clock, logger);
  app.use(deliveries.middleware);
  app.use(
    rateLimit(services.store, services.clock, logger, options.rateLimit ?? { burst: 20, perSecond: 1 }),
  );
  app.error(async (error) => {
    logger.error(`unhandled error: ${error.message}`);
  });

  // With installs into many workspaces, work outside a listener's own client uses the workspace's token.
  const store = config.oauth ? workspaceScoped(services.store) : services.store;
  const directory = slackDirectory(app.client, logger, () =>
    botTokenFor(services.store, currentTeam(), config.oauth?.tokenKeys),
  );
  const replyServices: ReplyServices = {
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
    services: replyServices,
    // Read at each use: a knowledge reload may add roles.
    get roles() {
      return replyServices.kb.knowledge.roles.map((r) => ({ id: r.id, name: r.name }));
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

  // In Socket Mode /healthz (and /mcp) are served apart (http/socket-mode-server.ts).
  let healthServer: Server | undefined;
  let httpServer: Server | undefined;
  return {
    app,
    async start() {
      if (socket) {
        healthServer = socketModeServer(healthRoute, extraRoutes);
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
      await deliveries.idle();
      await guarded.idle();
      await ctx.home.flush();
      httpServer?.closeAllConnections();
      healthServer?.closeAllConnections();
      await closing;
    },
  };
}
