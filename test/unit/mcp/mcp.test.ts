import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousUser } from "../../../src/advisor/answers.js";
import { slackIdentityOf } from "../../../src/mcp/server.js";
import { tools } from "../../../src/mcp/tools/index.js";
import { ConfigError, loadConfig } from "../../../src/runtime/config.js";
import { realKnowledge } from "../../support/knowledge.js";
import { textOf } from "../../support/mcp.js";
import { toolContract } from "../../support/mcp-suite.js";
import { repoRoot } from "../../support/paths.js";

describe("career mcp (stdio), with the SDK's own client against node bin/career.js mcp", () => {
  let client: Client;
  let stderr = "";
  beforeAll(async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ["bin/career.js", "mcp"],
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "debug", LOG_FORMAT: "json" },
      stderr: "pipe",
    });
    transport.stderr?.on("data", (d) => {
      stderr += d;
    });
    client = new Client({ name: "career-tests", version: "1.0.0" });
    await client.connect(transport);
  }, 60_000);
  afterAll(() => client?.close());

  toolContract(() => client);

  it("shows no one's progress: a local caller is anonymous even if it claims a Slack identity", async () => {
    const result = await client.callTool({
      name: "skills_checklist",
      arguments: { role: "mle" },
      _meta: { slack: { user_id: "U1", team_id: "T1" } },
    });
    expect(result.structuredContent).toMatchObject({ done: 0, progress: "none" });
    expect(textOf(result)).toMatch(/No one's progress: the caller is not a known Slack user/);
  });

  it("logs JSON lines to stderr, never into the protocol on stdout", async () => {
    await client.callTool({ name: "list_roles", arguments: {} });
    const lines = stderr
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => /MCP server on stdio with \d+ roles and 10 tools/.test(String(l.msg)))).toBe(
      true,
    );
    const call = lines.find((l) => l.msg === "mcp tool call" && l.tool === "list_roles");
    expect(call).toMatchObject({ level: "debug", outcome: "ok" });
    expect(call?.duration_ms).toEqual(expect.any(Number));
  });

  it("asks for a role when none is given and there is no saved one", async () => {
    const result = await client.callTool({ name: "skills_checklist", arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Name a role/);
  });
});

describe("MCP configuration", () => {
  const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "0123456789abcdef0123" };

  it("is on with no auth by default, and off with MCP=off", () => {
    expect(loadConfig(base).mcp).toEqual({ auth: "none" });
    expect(loadConfig({ ...base, MCP: "off" }).mcp).toBeUndefined();
    expect(loadConfig({ ...base, MCP_AUTH: "Slack" }).mcp).toEqual({ auth: "slack" });
  });

  it("names a malformed value, and a Slack auth without the signing secret to check it", () => {
    expect(() => loadConfig({ ...base, MCP: "maybe", MCP_AUTH: "oauth" })).toThrow(
      /MCP must be on or off[\s\S]*MCP_AUTH must be none or slack/,
    );
    expect(() =>
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", MCP_AUTH: "slack" }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", MCP_AUTH: "slack" }),
    ).toThrow(/MCP_AUTH is slack but SLACK_SIGNING_SECRET is missing/);
  });
});

describe("the Slack identity in a signed request", () => {
  it("is read from _meta.slack, and nothing else counts as one", () => {
    expect(slackIdentityOf({ slack: { user_id: "U1", team_id: "T1", enterprise_id: "E1" } })).toEqual({
      userId: "U1",
      teamId: "T1",
      enterpriseId: "E1",
    });
    expect(slackIdentityOf({ slack: { team_id: "T1" } })).toBeUndefined();
    expect(slackIdentityOf({ slack: { user_id: 7 } })).toBeUndefined();
    expect(slackIdentityOf(undefined)).toBeUndefined();
  });
});

describe("manifest.yml", () => {
  it("declares the MCP server for Slackbot at /mcp with Slack identity auth, and the scope it needs", async () => {
    const { readFileSync } = await import("node:fs");
    const YAML = (await import("yaml")).default;
    const manifest = YAML.parse(readFileSync(path.join(repoRoot, "manifest.yml"), "utf8"));
    const servers = Object.values(manifest.mcp_servers) as { url: string; auth_type: string }[];
    expect(servers).toHaveLength(1);
    expect(servers[0]?.url).toMatch(/^https:\/\/.+\/mcp$/);
    expect(servers[0]?.auth_type).toBe("slack_identity_auth");
    expect(manifest.oauth_config.scopes.bot).toContain("mcp:connect");
  });
});

describe("official figures as MCP tools", () => {
  const context = { kb: realKnowledge(), user: anonymousUser, known: false };
  const tool = (name: string) => tools.find((t) => t.name === name);

  it("looks up an occupation by SOC code or title, with each figure's release", async () => {
    const byCode = await tool("occupation_lookup")?.run({ title: "15-1252" }, context);
    expect(byCode).toMatchObject({ ok: true, data: { soc: "15-1252", title: "Software Developers" } });
    expect(byCode?.text).toMatch(
      /Median annual wage, software developers \(US\): \$[\d,]+ \(BLS OEWS, May 20\d\d/,
    );
    const byTitle = await tool("occupation_lookup")?.run({ title: "applications developer" }, context);
    expect(byTitle).toMatchObject({ ok: true, data: { soc: "15-1252" } });
  });

  it("declines a title in no dataset, with no figures", async () => {
    const unknown = await tool("occupation_lookup")?.run({ title: "quantum baker" }, context);
    expect(unknown?.ok).toBe(false);
    expect(unknown?.text).not.toMatch(/\$\d/);
  });

  it("ranks the curated roles by an official figure, each row cited", async () => {
    const ranked = await tool("rank_roles")?.run({ metric: "pay" }, context);
    expect(ranked?.ok).toBe(true);
    expect(ranked?.text).toMatch(/^ *1\. .+: \$[\d,]+ \(BLS OEWS, May 20\d\d\)$/m);
  });
});
