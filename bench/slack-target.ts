// A bench target in its own process: `bare` is a Bolt app that answers /career with a fixed line (the
// framework's floor); `app` is the real service. Prints "port N" once it listens.
import { App, LogLevel } from "@slack/bolt";
import { loadConfig } from "../src/config.js";
import { loadKnowledgeBase } from "../src/knowledge/base.js";
import { startService } from "../src/service.js";
import { createLogger } from "../src/slack/app.js";
import { JsonStore } from "../src/store/store.js";

const [kind, apiUrl, dataFile, secret] = process.argv.slice(2) as [string, string, string, string];
if (kind === "bare") {
  const app = new App({
    token: "xoxb-bench",
    signingSecret: secret,
    logLevel: LogLevel.ERROR,
    botId: "BBOT",
    botUserId: "UBOT",
    clientOptions: { slackApiUrl: apiUrl },
  });
  app.command("/career", async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: "ephemeral", text: "A fixed line." });
  });
  const server = (await app.start(0)) as import("node:http").Server;
  console.log(`port ${(server.address() as import("node:net").AddressInfo).port}`);
} else {
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: secret,
    PORT: "0",
    SLACK_API_URL: apiUrl,
    DATA_FILE: dataFile,
    LOG_LEVEL: "error",
  });
  const service = await startService(config, loadKnowledgeBase("knowledge"), await JsonStore.open(dataFile), {
    botId: "BBOT",
    botUserId: "UBOT",
    logger: createLogger("error"),
  });
  console.log(`port ${service.port}`);
}
// Exit normally on SIGTERM, so that a --cpu-prof run writes its profile; and with the bench, if it dies.
process.on("SIGTERM", () => process.exit(0));
process.on("disconnect", () => process.exit(0));
// Asked over IPC (bench:load), report memory after a full collection (run with --expose-gc).
process.on("message", (message) => {
  if (message !== "memory" && message !== "cpu") return;
  if (message === "memory") (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ ...process.memoryUsage(), cpu: process.cpuUsage() });
});
