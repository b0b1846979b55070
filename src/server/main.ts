import "dotenv/config";
import { loadKnowledgeBase } from "../knowledge/base.js";
import { KnowledgeError } from "../knowledge/core/loader.js";
import { officialSummary } from "../official/summary.js";
import { ConfigError, loadConfig } from "../runtime/config.js";
import { availableMemoryMiB, heapLimitAdvice, heapLimitMiB } from "../runtime/heap.js";
import { loggerFor, startupFailure } from "../runtime/logging.js";
import { StoreError } from "../store/file/json-store.js";
import { TokenKeyError } from "../store/installation-secrets.js";
import { openStore } from "../store/open.js";
import { understanderFor } from "../understanding/understand.js";
import { startService } from "./service.js";

/** Wiring: config → knowledge → store → Slack app and digest scheduler, and a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // LOG_FORMAT=json: one JSON object per line; tokens and secrets are never written either way.
  const logger = loggerFor(config);
  const kb = loadKnowledgeBase(config.knowledgeDir, { officialDir: config.officialDataDir });
  // The language files are checked and the intent classifier trained now, not on the first question.
  understanderFor(kb);
  const store = await openStore(config);
  const service = await startService(config, kb, store, { logger, watchKnowledge: config.knowledgeDir });
  // A clean stop is armed before the app says it is running: a SIGTERM sent on reading that line (a
  // supervisor's, or a test's) must find its handler, not the default that kills the process mid-write.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing work in flight, then stopping.`);
    await service.stop();
    await store.close();
    logger.info("Stopped cleanly.");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  const mode = config.mode === "socket" ? "Socket Mode" : "HTTP mode";
  const heapLimit = heapLimitMiB();
  logger.info(
    `Career Advisor is running in ${mode} with ${kb.knowledge.roles.length} roles; /healthz on port ${service.port}; heap limit ${heapLimit} MiB.`,
  );
  logger.info(officialSummary(kb.official, config.officialDataDir));
  // The official titles are indexed once the app is serving, so the first question about one does not wait.
  setImmediate(() => void kb.official?.titles);
  logger.info(
    config.mcp
      ? `MCP tools at POST /mcp on port ${service.port} (MCP_AUTH=${config.mcp.auth}; docs/mcp.md).`
      : "MCP is off (MCP=off): /mcp answers 404.",
  );
  const advice = heapLimitAdvice(heapLimit, availableMemoryMiB());
  if (advice) logger.warn(advice);
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof KnowledgeError ||
    error instanceof StoreError ||
    error instanceof TokenKeyError
  ) {
    console.error(startupFailure(process.env, error.message));
  } else {
    console.error(startupFailure(process.env, `The app could not start: ${(error as Error).stack ?? error}`));
  }
  process.exit(1);
});
