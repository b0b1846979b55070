import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { signingSecret, slackSignature } from "./signed.js";

export interface SlackSigning {
  /** Seconds since the epoch to sign with (a stale one, to be refused); now by default. */
  timestamp?: () => number;
  secret?: string;
}

/** A fetch that signs each body as Slack signs the requests Slackbot sends to an MCP server. */
export function slackSignedFetch(o: SlackSigning = {}): typeof fetch {
  return async (url, init) => {
    const body = typeof init?.body === "string" ? init.body : "";
    const timestamp = o.timestamp?.() ?? Math.floor(Date.now() / 1000);
    const headers = new Headers(init?.headers);
    headers.set("x-slack-request-timestamp", String(timestamp));
    headers.set("x-slack-signature", slackSignature(body, timestamp, o.secret ?? signingSecret));
    return fetch(url, { ...init, headers });
  };
}

/** The SDK's own client over Streamable HTTP to the app's /mcp, Slack-signed when `signing` is given. */
export async function connectHttp(port: number, signing?: SlackSigning): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`), {
    ...(signing ? { fetch: slackSignedFetch(signing) } : {}),
  });
  const client = new Client({ name: "career-tests", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

export function textOf(result: unknown): string {
  const content = (result as CallToolResult).content ?? [];
  return content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
}

/** Arguments for every tool the server offers: what a first call to each would send. */
export const exampleArguments: Record<string, Record<string, unknown>> = {
  list_roles: {},
  role_overview: { role: "site reliability engineer" },
  compare_roles: { roles: ["mle", "swe", "data scientist"] },
  role_pay: { role: "ml engineer", level: "senior", location: "Seattle" },
  skills_checklist: { role: "mle" },
  career_path: { role: "mle" },
  skill_gap: { from: "swe", to: "mle" },
  market_trends: {},
  occupation_lookup: { title: "15-1252" },
  rank_roles: { metric: "pay" },
};
