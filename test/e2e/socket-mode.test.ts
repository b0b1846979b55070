import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { WebSocketServer } from "ws";
import { loadConfig } from "../../src/config.js";
import { startService } from "../../src/service.js";
import { JsonStore } from "../../src/store/store.js";
import { recordingLogger, tempDataFile } from "../support/app.js";
import { realKnowledge } from "../support/knowledge.js";
import { SlackApiStandIn } from "../support/slack-api.js";

const api = new SlackApiStandIn();
let wss: WebSocketServer;
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  await api.start();
  wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((r) => wss.once("listening", r));
  // Slack's side of Socket Mode: say hello, and record what the app sends back (envelope acks).
  wss.on("connection", (socket) => {
    socket.on("message", (data) => received.push(JSON.parse(String(data))));
    socket.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" } }));
  });
  api.answer(
    "apps.connections.open",
    () => ({ json: { ok: true, url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/` } }),
    5,
  );
});
afterAll(async () => {
  for (const client of wss.clients) client.terminate();
  await new Promise((r) => wss.close(r));
  await api.stop();
});

describe("Socket Mode", () => {
  it("connects through SLACK_API_URL, answers a slash command, acks its envelope and serves /healthz", async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_APP_TOKEN: "xapp-test-token",
      SLACK_API_URL: api.apiUrl,
      PORT: "0",
      DATA_FILE: tempDataFile(),
    });
    const store = await JsonStore.open(config.dataFile);
    const service = await startService(config, realKnowledge(), store, {
      botId: "BBOT",
      botUserId: "UBOT",
      retryConfig: { retries: 0 },
      logger: recordingLogger([]),
    });
    expect(api.calls("apps.connections.open")).toHaveLength(1);
    const [socket] = [...wss.clients];
    socket?.send(
      JSON.stringify({
        envelope_id: "env-1",
        type: "slash_commands",
        accepts_response_payload: true,
        payload: {
          team_id: "T1",
          channel_id: "C1",
          user_id: "U1",
          command: "/career",
          text: "compare mle swe",
          response_url: api.responseUrl("socket"),
          trigger_id: "t1",
        },
      }),
    );
    // The answer travels in the envelope's acknowledgement, as it does in the HTTP response in HTTP mode.
    const ack = await vi.waitFor(
      () => {
        const found = received.find((m) => m.envelope_id === "env-1");
        if (!found) throw new Error("no ack for env-1 yet");
        return found;
      },
      { timeout: 5000 },
    );
    expect(JSON.stringify(ack.payload)).toContain("Machine Learning Engineer vs Software Engineer");
    const health = await fetch(`http://127.0.0.1:${service.port}/healthz`);
    expect(await health.json()).toEqual({
      status: "ok",
      mode: "socket",
      roles: expect.any(Number),
      knowledge: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    await service.stop();
  });
});
