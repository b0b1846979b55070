import type { Logger } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import type { Config } from "./config.js";
import { DigestScheduler } from "./digest/scheduler.js";
import type { KnowledgeBase } from "./knowledge/base.js";
import { createLogger, createSlackApp, type RunningSlackApp, type SlackAppOptions } from "./slack/app.js";
import { slackDigestPoster } from "./slack/digest-poster.js";
import type { Store } from "./store/store.js";

export interface ServiceOptions extends SlackAppOptions {
  clock?: () => Date;
  /** How often the digest scheduler checks; by default at every minute boundary. */
  tickMs?: number;
  paceMs?: number;
}

export interface RunningService {
  port: number;
  slack: RunningSlackApp;
  scheduler: DigestScheduler;
  /** Stops taking requests, finishes the work in flight and the digest run, and flushes the store. */
  stop(): Promise<void>;
}

/** The whole bot: the Slack app and the digest scheduler over one knowledge base and one store. */
export async function startService(
  config: Config,
  kb: KnowledgeBase,
  store: Store,
  o: ServiceOptions = {},
): Promise<RunningService> {
  const logger: Logger = o.logger ?? createLogger(config.logLevel);
  const clock = o.clock ?? (() => new Date());
  const slack = createSlackApp(config, { kb, store, clock }, { ...o, logger });
  const port = await slack.start();
  // The digest's own client hands 429s back, so the scheduler can wait Retry-After on its own clock.
  const client = new WebClient(config.botToken, {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger,
  });
  const scheduler = new DigestScheduler({
    kb,
    store,
    poster: slackDigestPoster(client),
    clock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    log: (level, message) => logger[level](message),
    ...(o.paceMs !== undefined ? { paceMs: o.paceMs } : {}),
  });
  await scheduler.start(o.tickMs);
  return {
    port,
    slack,
    scheduler,
    async stop() {
      await slack.stop();
      await scheduler.stop();
      await store.flush();
    },
  };
}
