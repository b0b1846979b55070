import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useSlackApi } from "../support/app.js";
import { type SocketStandIn, startSocketModeService, startSocketStandIn } from "../support/socket-mode.js";

const api = useSlackApi();
let slack: SocketStandIn;
beforeAll(async () => {
  slack = await startSocketStandIn(api);
});
afterAll(() => slack.stop());

describe("Socket Mode", () => {
  it("connects through SLACK_API_URL, answers a slash command, acks its envelope and serves /healthz", async () => {
    const service = await startSocketModeService(api);
    expect(api.calls("apps.connections.open")).toHaveLength(1);
    const [socket] = [...slack.wss.clients];
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
        const found = slack.received.find((m) => m.envelope_id === "env-1");
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
