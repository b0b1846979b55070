import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, useSlackApi, withTestApp } from "../support/app.js";
import { connectHttp, textOf } from "../support/mcp.js";
import { toolContract } from "../support/mcp-suite.js";
import { startSocketModeService, startSocketStandIn } from "../support/socket-mode.js";

const api = useSlackApi();

const initialize = JSON.stringify({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
});
const mcpHeaders = { "content-type": "application/json", accept: "application/json, text/event-stream" };

describe("POST /mcp on the app's port (HTTP mode, MCP_AUTH=none), with the SDK's Streamable HTTP client", () => {
  let app: TestApp;
  let client: Client;
  beforeAll(async () => {
    app = await startTestApp(api, { env: { METRICS_PORT: "0" } });
    client = await connectHttp(app.port);
  });
  afterAll(async () => {
    await client?.close();
    await app?.stop();
  });

  toolContract(() => client);

  it("never believes an unsigned _meta.slack: no one's saved progress is shown", async () => {
    const ids = await skillIds(client);
    await app.store.updateUser("U1", (u) => ({ ...u, ticked: ids, updatedAt: new Date().toISOString() }));
    const result = await client.callTool({
      name: "skills_checklist",
      arguments: { role: "mle" },
      _meta: { slack: { user_id: "U1", team_id: "T1" } },
    });
    expect(result.structuredContent).toMatchObject({ done: 0, progress: "none" });
  });

  it("counts each call by tool and outcome in the metrics", async () => {
    await client.callTool({ name: "career_path", arguments: { role: "mle" } });
    await client.callTool({ name: "career_path", arguments: { role: "quantum baker" } });
    await client.callTool({ name: "career_path", arguments: { role: 7 } });
    const text = await (await fetch(`http://127.0.0.1:${app.service.metricsPort}/metrics`)).text();
    expect(text).toMatch(/career_mcp_calls_total\{tool="career_path",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/career_mcp_calls_total\{tool="career_path",outcome="not_found"\} [1-9]/);
    expect(text).toMatch(/career_mcp_calls_total\{tool="career_path",outcome="invalid"\} [1-9]/);
    expect(text).toMatch(/career_mcp_call_duration_seconds_count\{tool="career_path"\} [3-9]/);
  });

  it("answers GET with 405 (stateless: no stream to resume) and refuses an oversized body with 413", async () => {
    const get = await fetch(`http://127.0.0.1:${app.port}/mcp`, { headers: { accept: "text/event-stream" } });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const big = await fetch(`http://127.0.0.1:${app.port}/mcp`, {
      method: "POST",
      headers: mcpHeaders,
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping", params: { pad: "x".repeat(70_000) } }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toMatch(/over 64 KiB/);
    const notJson = await fetch(`http://127.0.0.1:${app.port}/mcp`, {
      method: "POST",
      headers: mcpHeaders,
      body: "{not json",
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: number } }).error.code).toBe(-32700);
  });

  it("still answers Slack on /slack/events and probes on /healthz beside it", async () => {
    expect((await fetch(`http://127.0.0.1:${app.port}/healthz`)).status).toBe(200);
  });
});

/** The ids of a role's first three checklist items, as the checklist gives them. */
async function skillIds(client: Client): Promise<string[]> {
  const list = await client.callTool({ name: "skills_checklist", arguments: { role: "mle" } });
  const groups = (list.structuredContent as { groups: { items: { id: string }[] }[] }).groups;
  return groups.flatMap((g) => g.items.map((i) => i.id)).slice(0, 3);
}

describe("MCP_AUTH=slack: only requests Slack signed, and personal tools act for the signed user", () => {
  let app: TestApp;
  let signed: Client;
  const slackUser = { slack: { user_id: "U77", team_id: "T1" } };
  beforeAll(async () => {
    app = await startTestApp(api, { env: { MCP_AUTH: "slack", METRICS_PORT: "0" } });
    signed = await connectHttp(app.port, {});
  });
  afterAll(async () => {
    await signed?.close();
    await app?.stop();
  });

  it("lists and answers signed requests", async () => {
    expect((await signed.listTools()).tools.length).toBe(10);
    const result = await signed.callTool({ name: "role_overview", arguments: { role: "sre" } });
    expect(result.isError).toBeFalsy();
  });

  it("shows the signed user's own checklist progress from the store, and uses their saved role and place", async () => {
    const ids = await skillIds(signed);
    await app.store.updateUser("U77", (u) => ({
      ...u,
      ticked: ids,
      role: "machine-learning-engineer",
      location: "seattle",
      updatedAt: new Date().toISOString(),
    }));
    const mine = await signed.callTool({ name: "skills_checklist", arguments: {}, _meta: slackUser });
    expect(mine.structuredContent).toMatchObject({
      role: { id: "machine-learning-engineer" },
      done: 3,
      progress: "slack-user",
    });
    expect(textOf(mine)).toMatch(/your saved target role/);
    expect(textOf(mine)).toMatch(/\[x\]/);
    // Someone else in the same workspace has ticked nothing.
    const theirs = await signed.callTool({
      name: "skills_checklist",
      arguments: { role: "mle" },
      _meta: { slack: { user_id: "U78", team_id: "T1" } },
    });
    expect(theirs.structuredContent).toMatchObject({ done: 0, progress: "slack-user" });
    const pay = await signed.callTool({ name: "role_pay", arguments: {}, _meta: slackUser });
    expect(pay.structuredContent).toMatchObject({
      role: { id: "machine-learning-engineer" },
      answer: { value: "$173,517" },
    });
    expect((pay.structuredContent as { usedPreferences: string[] }).usedPreferences.join(" ")).toMatch(
      /saved location \(Seattle, WA\)/,
    );
    const gap = await signed.callTool({
      name: "skill_gap",
      arguments: { from: "swe", to: "mle" },
      _meta: slackUser,
    });
    const ticked = (gap.structuredContent as { ticked: string[] }).ticked;
    const anonymousGap = await signed.callTool({ name: "skill_gap", arguments: { from: "swe", to: "mle" } });
    expect(ticked.length).toBeGreaterThan(0);
    expect((anonymousGap.structuredContent as { ticked: string[] }).ticked).toEqual([]);
  });

  it("refuses unsigned, stale and wrongly signed requests with an MCP error saying why", async () => {
    await expect(connectHttp(app.port)).rejects.toThrow(/-32001[\s\S]*only answers requests signed by Slack/);
    await expect(
      connectHttp(app.port, { timestamp: () => Math.floor(Date.now() / 1000) - 6 * 60 }),
    ).rejects.toThrow(/-32001[\s\S]*more than five minutes/);
    await expect(connectHttp(app.port, { secret: "fedcba9876543210fedcba9876543210" })).rejects.toThrow(
      /-32001[\s\S]*does not match/,
    );
    // A signature is over the exact body: the same headers on another body are refused.
    const ts = Math.floor(Date.now() / 1000);
    const { slackSignature } = await import("../support/signed.js");
    const res = await fetch(`http://127.0.0.1:${app.port}/mcp`, {
      method: "POST",
      headers: {
        ...mcpHeaders,
        "x-slack-request-timestamp": String(ts),
        "x-slack-signature": slackSignature(initialize, ts),
      },
      body: initialize.replace("raw", "evil"),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: number } }).error.code).toBe(-32001);
    const text = await (await fetch(`http://127.0.0.1:${app.service.metricsPort}/metrics`)).text();
    expect(text).toMatch(/career_mcp_calls_total\{tool="-",outcome="refused"\} [4-9]/);
  });
});

describe("MCP_AUTH=slack with installs into many workspaces", () => {
  it("reads a person's progress in the workspace the signed request names, not in another", async () => {
    const app = await startTestApp(api, { oauth: true, env: { MCP_AUTH: "slack" } });
    const client = await connectHttp(app.port, {});
    try {
      const ids = await skillIds(client);
      await app.store.updateUser("T9:U5", (u) => ({
        ...u,
        ticked: ids,
        updatedAt: new Date().toISOString(),
      }));
      const call = (team: string) =>
        client.callTool({
          name: "skills_checklist",
          arguments: { role: "mle" },
          _meta: { slack: { user_id: "U5", team_id: team } },
        });
      expect((await call("T9")).structuredContent).toMatchObject({ done: 3, progress: "slack-user" });
      expect((await call("T8")).structuredContent).toMatchObject({ done: 0, progress: "slack-user" });
    } finally {
      await client.close();
      await app.stop();
    }
  });
});

describe("rate limits per caller, as for mentions", () => {
  it("answers a caller over its allowance with an error result saying when to try again, and others still", async () => {
    const app = await startTestApp(api, {
      env: { MCP_AUTH: "slack" },
      rateLimit: { burst: 2, perSecond: 0.01 },
    });
    const client = await connectHttp(app.port, {});
    try {
      const call = (user: string) =>
        client.callTool({
          name: "career_path",
          arguments: { role: "mle" },
          _meta: { slack: { user_id: user, team_id: "T1" } },
        });
      expect((await call("U1")).isError).toBeFalsy();
      expect((await call("U1")).isError).toBeFalsy();
      const third = await call("U1");
      expect(third.isError).toBe(true);
      expect(textOf(third)).toMatch(/Too many calls[\s\S]*Try again in \d+ seconds/);
      expect((await call("U2")).isError).toBeFalsy();
    } finally {
      await client.close();
      await app.stop();
    }
  });
});

describe("MCP=off", () => {
  it("has no /mcp: 404, while /healthz is served", async () => {
    await withTestApp(api, { env: { MCP: "off" } }, async (app) => {
      const res = await fetch(`http://127.0.0.1:${app.port}/mcp`, {
        method: "POST",
        headers: mcpHeaders,
        body: initialize,
      });
      expect(res.status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${app.port}/healthz`)).status).toBe(200);
    });
  });
});

describe("Socket Mode", () => {
  it("serves /mcp on PORT beside /healthz", async () => {
    const slack = await startSocketStandIn(api);
    const service = await startSocketModeService(api);
    const client = await connectHttp(service.port);
    try {
      const result = await client.callTool({
        name: "role_pay",
        arguments: { role: "mle", location: "Seattle" },
      });
      expect(result.structuredContent).toMatchObject({ answer: { value: "$173,517" } });
    } finally {
      await client.close();
      await service.stop();
      await slack.stop();
    }
  });
});
