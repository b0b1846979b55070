import type { Logger } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import { trendsAfter } from "../advisor/general/digest.js";
import { composeDigest } from "../digest/compose.js";
import { markPosted, newsFor } from "../digest/feeds.js";
import { DigestScheduler } from "../digest/scheduler.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import { fingerprintOf } from "../knowledge/fingerprint.js";
import { watchKnowledge } from "../knowledge/reload.js";
import { mcpEndpoint } from "../mcp/endpoint.js";
import type { Config } from "../runtime/config.js";
import { loggerFor } from "../runtime/logging.js";
import {
  createMetrics,
  digestCounted,
  type MetricsServer,
  serveMetrics,
  timedStore,
} from "../runtime/metrics.js";
import { createSlackApp, type RunningSlackApp, type SlackAppOptions } from "../slack/app.js";
import { slackFetch } from "../slack/http/slack-fetch.js";
import { slackDigestPoster } from "../slack/outgoing/digest-poster.js";
import { botTokenFor } from "../slack/workspaces/installations.js";
import { type KeyUpgrade, upgradeInstallationKeys } from "../store/installation-secrets.js";
import type { Store } from "../store/store.js";
import { replaceUnderstander, understanderFor } from "../understanding/understand.js";

export interface ServiceOptions extends SlackAppOptions {
  clock?: () => Date;
  /** How often the digest scheduler checks; by default at every minute boundary. */
  tickMs?: number;
  paceMs?: number;
  /** The knowledge folders (KNOWLEDGE_DIR) to watch: a valid change is swapped in without a restart. */
  watchKnowledge?: string;
}

export interface RunningService {
  port: number;
  slack: RunningSlackApp;
  scheduler: DigestScheduler;
  /** Where GET /metrics is served (METRICS_PORT set), never the Slack port. */
  metricsPort?: number;
  /** Stops taking requests, finishes the work in flight and the digest run, and flushes the store. */
  stop(): Promise<void>;
}

/** The whole bot: the Slack app and the digest scheduler over one knowledge base and one store. */
export async function startService(
  config: Config,
  kb: KnowledgeBase,
  rawStore: Store,
  o: ServiceOptions = {},
): Promise<RunningService> {
  const logger: Logger = o.logger ?? loggerFor(config);
  const clock = o.clock ?? (() => new Date());
  // Prometheus metrics only when METRICS_PORT is set: then the store's operations are timed as well.
  const metrics = config.metricsPort !== undefined ? (o.metrics ?? (await createMetrics())) : undefined;
  const store = metrics ? timedStore(rawStore, metrics) : rawStore;
  // OAuth: every stored installation under TOKEN_ENCRYPTION_KEY (sealing plain text from earlier versions,
  // re-sealing under a new key), or no start at all when some do not open.
  if (config.oauth) reportKeyUpgrade(await upgradeInstallationKeys(store, config.oauth.tokenKeys), logger);
  await store.saveKnowledgeVersion(fingerprintOf(kb));
  // The advisor as MCP tools at POST /mcp (src/mcp/), on the Slack port in both modes; absent with MCP=off.
  const mcp = mcpEndpoint(config, {
    kb,
    store,
    clock,
    logger,
    rateLimit: o.rateLimit ?? { burst: 20, perSecond: 1 },
    ...(metrics ? { metrics } : {}),
  });
  const slack = createSlackApp(
    config,
    { kb, store, clock },
    { ...o, logger, ...(metrics ? { metrics } : {}), routes: mcp ? [{ path: "/mcp", handler: mcp }] : [] },
  );
  const port = await slack.start();
  // The digest's own client hands 429s back, so the scheduler can wait Retry-After on its own clock.
  const client = new WebClient(config.botToken, {
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    logger,
    // The same fetch as every other call to Slack: its timeout, and its calls counted in the metrics.
    fetch: slackFetch(config.slackApiUrl, o.httpTimeoutMs ?? 10_000, metrics),
  });
  let startingUp = true;
  const scheduler = new DigestScheduler({
    kb,
    // Seen from the store's side: digest posts, failures and catch-ups counted for the metrics.
    store: metrics ? digestCounted(store, metrics, () => startingUp) : store,
    // With installs into many workspaces, each channel's digest is posted with its workspace's token.
    poster: slackDigestPoster(client, async (channelId) =>
      botTokenFor(store, (await store.subscription(channelId))?.teamId, config.oauth?.tokenKeys),
    ),
    clock,
    compose: (channelId, date) =>
      composeDigest(
        {
          kb,
          store,
          clock,
          fingerprint: fingerprintOf(kb),
          news: (channel) => newsFor(store, channel, clock(), { allowPrivate: config.feedsAllowPrivate }),
        },
        channelId,
        date,
      ),
    // The channel has now seen today's knowledge: the next digest says what changes after it.
    posted: async (channelId, digest) => {
      await markPosted(
        store,
        channelId,
        (digest.news ?? []).flatMap((n) => (n.id && n.feedUrl ? [{ id: n.id, feedUrl: n.feedUrl }] : [])),
      );
      const sub = await store.subscription(channelId);
      if (sub)
        await store.saveSubscription({
          ...sub,
          knowledgeVersion: fingerprintOf(kb).version,
          trendsSeen: trendsAfter(sub.trendsSeen, digest.trend.id, kb.knowledge.trends.trends.length),
        });
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    log: (level, message) => logger[level](message),
    ...(o.paceMs !== undefined ? { paceMs: o.paceMs } : {}),
  });
  await scheduler.start(o.tickMs);
  startingUp = false;
  let metricsServer: MetricsServer | undefined;
  if (metrics && config.metricsPort !== undefined) {
    metricsServer = await serveMetrics(metrics, config.metricsPort, logger);
    logger.info(`Prometheus metrics at GET /metrics on port ${metricsServer.port}.`);
  }
  const watcher = o.watchKnowledge
    ? watchKnowledge(kb, o.watchKnowledge, {
        log: (level, message) => logger[level](message),
        // The new files' understanding is built (and checked) before the swap, then set for the swapped base.
        prepare: (fresh) => {
          const understander = understanderFor(fresh);
          return (swapped) => replaceUnderstander(swapped, understander);
        },
        swapped: (reloaded) => store.saveKnowledgeVersion(fingerprintOf(reloaded)),
        officialDir: config.officialDataDir,
      })
    : undefined;
  return {
    port,
    slack,
    scheduler,
    ...(metricsServer ? { metricsPort: metricsServer.port } : {}),
    async stop() {
      watcher?.close();
      await slack.stop();
      await scheduler.stop();
      await store.flush();
      await metricsServer?.close();
    },
  };
}

function reportKeyUpgrade(upgrade: KeyUpgrade, logger: Logger): void {
  if (upgrade.sealed.length > 0)
    logger.info(
      `Encrypted the tokens of ${upgrade.sealed.length} installations kept in plain text by an earlier version, with TOKEN_ENCRYPTION_KEY.`,
    );
  if (upgrade.rotated.length > 0)
    logger.info(
      `Re-encrypted ${upgrade.rotated.length} installations from TOKEN_ENCRYPTION_KEY_PREVIOUS to TOKEN_ENCRYPTION_KEY; remove TOKEN_ENCRYPTION_KEY_PREVIOUS once every instance runs with the new key (docs/security.md).`,
    );
}
