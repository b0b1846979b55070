import "dotenv/config";
import { ConfigError, loadConfig } from "./config.js";
import { loadKnowledgeBase } from "./knowledge/base.js";
import { KnowledgeError } from "./knowledge/loader.js";
import { startService } from "./service.js";
import { createLogger } from "./slack/app.js";
import { JsonStore, StoreError } from "./store/store.js";

/** Wiring: config → knowledge → store → Slack app and digest scheduler, and a clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const kb = loadKnowledgeBase(config.knowledgeDir);
  const store = await JsonStore.open(config.dataFile);
  const service = await startService(config, kb, store, { logger });
  const mode = config.mode === "socket" ? "Socket Mode" : "HTTP mode";
  logger.info(
    `Career Advisor is running in ${mode} with ${kb.knowledge.roles.length} roles; /healthz on port ${service.port}.`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing work in flight, then stopping.`);
    await service.stop();
    logger.info("Stopped cleanly.");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeError || error instanceof StoreError) {
    console.error(error.message);
  } else {
    console.error("The app could not start:", error);
  }
  process.exit(1);
});
