import type { IncomingMessage, ServerResponse } from "node:http";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { signedBySlack } from "../slack/http/signature.js";
import { createMcpServer, type McpServices } from "./server.js";

/*
 * POST /mcp: the Streamable HTTP transport, stateless (a server and transport per request, no session),
 * so that any instance behind a load balancer can answer any request. Under MCP_AUTH=slack the raw body's
 * Slack signature is checked before anything is parsed; the caller's identity is then read from the signed
 * body (`params._meta.slack`, as Slackbot sends it).
 */

export interface McpHttpOptions extends McpServices {
  auth: "none" | "slack";
  signingSecret?: string;
}

/** MCP requests are small JSON-RPC messages; anything far larger is refused before it is read. */
export const mcpBodyLimitBytes = 64 * 1024;
const fiveMinutes = 5 * 60;

export type Refusal = "unsigned" | "stale" | "bad_signature";

/** Why a request is not one Slack signed, or undefined when it is. */
export function slackRefusal(
  req: IncomingMessage,
  rawBody: Buffer,
  signingSecret: string,
  nowSeconds = Date.now() / 1000,
): Refusal | undefined {
  const signature = req.headers["x-slack-signature"];
  const timestamp = Number(req.headers["x-slack-request-timestamp"]);
  if (typeof signature !== "string" || !req.headers["x-slack-request-timestamp"]) return "unsigned";
  if (!Number.isFinite(timestamp) || Math.abs(nowSeconds - timestamp) > fiveMinutes) return "stale";
  return signedBySlack(Object.assign(req, { rawBody }), signingSecret) ? undefined : "bad_signature";
}

const refusalText: Record<Refusal, string> = {
  unsigned:
    "This MCP server only answers requests signed by Slack (MCP_AUTH=slack): X-Slack-Signature and X-Slack-Request-Timestamp are missing. Connect it through Slackbot (App Settings → MCP Servers, Slack identity auth).",
  stale:
    "Refused: the request's X-Slack-Request-Timestamp is more than five minutes from the server's clock (a stale or replayed request).",
  bad_signature:
    "Refused: the X-Slack-Signature does not match the body under this app's signing secret (SLACK_SIGNING_SECRET).",
};

function jsonRpcError(res: ServerResponse, status: number, code: number, message: string, headers = {}) {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null }));
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too_large"> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (declared > limit) {
      req.resume();
      resolve("too_large");
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        resolve("too_large");
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The address a call comes from: the first X-Forwarded-For hop behind a proxy, else the socket's. */
function addressOf(req: IncomingMessage): string {
  const forwarded = req.headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || req.socket.remoteAddress || "unknown";
}

/** The handler for every request to /mcp. */
export function mcpHttpHandler(o: McpHttpOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(o, req, res).catch((error: Error) => {
      o.logger.error(`mcp: request failed: ${error.stack ?? error.message}`);
      jsonRpcError(res, 500, -32603, "Internal error in the MCP endpoint; the operator's logs say why.");
    });
  };
}

async function handle(o: McpHttpOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST") {
    // Stateless: no session to resume (GET) or end (DELETE).
    jsonRpcError(
      res,
      405,
      -32000,
      "Method not allowed: this MCP server is stateless; send each message with POST.",
      {
        allow: "POST",
      },
    );
    return;
  }
  const body = await readBody(req, mcpBodyLimitBytes);
  if (body === "too_large") {
    o.logger.warn(`mcp: refused a body over ${mcpBodyLimitBytes} bytes`);
    jsonRpcError(
      res,
      413,
      -32600,
      `The request body is over ${mcpBodyLimitBytes / 1024} KiB; MCP messages here are far smaller.`,
    );
    return;
  }
  if (o.auth === "slack") {
    const refusal = slackRefusal(req, body, o.signingSecret ?? "");
    if (refusal) {
      o.logger.warn(`mcp: refused a request: ${refusal}`);
      o.metrics?.mcpCall("-", "refused", 0);
      jsonRpcError(res, 401, -32001, refusalText[refusal]);
      return;
    }
  }
  let message: unknown;
  try {
    message = JSON.parse(body.toString("utf8"));
  } catch {
    jsonRpcError(
      res,
      400,
      -32700,
      "Parse error: the body is not JSON (a JSON-RPC message or a batch of them).",
    );
    return;
  }
  const server = createMcpServer(o, { trustSlackIdentity: o.auth === "slack", fallbackKey: addressOf(req) });
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  res.on("close", () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, message);
}
