import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { loadConfig } from "../../src/runtime/config.js";
import { type RunningService, startService } from "../../src/server/service.js";
import { JsonStore } from "../../src/store/file/json-store.js";
import { recordingLogger, tempDataFile } from "./app.js";
import { realKnowledge } from "./knowledge.js";
import type { SlackApiStandIn } from "./slack-api.js";

/** Slack's side of Socket Mode, on a local WebSocket server. */
export interface SocketStandIn {
  wss: WebSocketServer;
  /** What the app sent back over the socket (envelope acknowledgements), in order. */
  received: Record<string, unknown>[];
  stop(): Promise<void>;
}

/**
 * Starts Slack's side of Socket Mode: it says hello to each connection and records what comes back, and
 * the Web API stand-in's apps.connections.open (the next five calls) points at it.
 */
export async function startSocketStandIn(api: SlackApiStandIn): Promise<SocketStandIn> {
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((r) => wss.once("listening", r));
  const received: Record<string, unknown>[] = [];
  wss.on("connection", (socket) => {
    socket.on("message", (data) => received.push(JSON.parse(String(data))));
    socket.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" } }));
  });
  api.answer(
    "apps.connections.open",
    () => ({ json: { ok: true, url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/` } }),
    5,
  );
  return {
    wss,
    received,
    async stop() {
      for (const client of wss.clients) client.terminate();
      await new Promise((r) => wss.close(r));
    },
  };
}

/** The real service in Socket Mode (an app token, no signing secret), its Web API on the stand-in. */
export async function startSocketModeService(api: SlackApiStandIn): Promise<RunningService> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_APP_TOKEN: "xapp-test-token",
    SLACK_API_URL: api.apiUrl,
    PORT: "0",
    DATA_FILE: tempDataFile(),
  });
  return startService(config, realKnowledge(), await JsonStore.open(config.dataFile), {
    botId: "BBOT",
    botUserId: "UBOT",
    retryConfig: { retries: 0 },
    logger: recordingLogger([]),
  });
}
