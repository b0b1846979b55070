import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the bot sent: a Web API call (`method`) or a post to a response_url (`method` = "respond"). */
export interface Sent {
  method: string;
  body: Record<string, unknown>;
  /** The token the call was made with (its Authorization header), if any. */
  token?: string;
}

type Answerer = (body: Record<string, unknown>) => {
  status?: number;
  headers?: Record<string, string>;
  json: unknown;
};

const defaults: Record<string, Answerer> = {
  "auth.test": () => ({ json: { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1" } }),
  "chat.postMessage": (b) => ({ json: { ok: true, channel: b.channel, ts: `${Date.now() / 1000}` } }),
  "views.publish": () => ({ json: { ok: true } }),
  "views.open": () => ({ json: { ok: true } }),
  "users.info": () => ({ json: { ok: true, user: { id: "U1", tz: "Europe/Berlin" } } }),
  "conversations.info": () => ({ json: { ok: true, channel: { id: "C1", is_member: true } } }),
};

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  // A file upload (files.uploadV2 posts the bytes to the upload URL as multipart) is kept as raw bytes.
  if (/multipart\/form-data|octet-stream/.test(req.headers["content-type"] ?? ""))
    return { bytes: Buffer.concat(chunks) };
  const text = Buffer.concat(chunks).toString("utf8");
  if ((req.headers["content-type"] ?? "").includes("application/json")) return text ? JSON.parse(text) : {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    body[key] = value.startsWith("[") || value.startsWith("{") ? JSON.parse(value) : value;
  }
  return body;
}

/** A local server standing in for the Slack Web API and for response URLs; it records what the bot sends. */
export class SlackApiStandIn {
  readonly sent: Sent[] = [];
  private readonly overrides = new Map<string, Answerer[]>();
  private server: Server | undefined;
  private waiters: (() => void)[] = [];
  port = 0;

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const url = req.url ?? "/";
      const method = url.startsWith("/respond/")
        ? "respond"
        : (url.replace(/^\/(api\/)?/, "").split("?")[0] ?? "");
      const token = req.headers.authorization?.replace(/^Bearer /, "");
      this.sent.push({ method, body, ...(token ? { token } : {}) });
      const fallback: Answerer = () => ({ json: { ok: true } });
      const answer = this.overrides.get(method)?.shift() ?? defaults[method] ?? fallback;
      const { status = 200, headers = {}, json } = answer(body);
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(json));
      for (const wake of this.waiters.splice(0)) wake();
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** The next `times` calls of `method` get this answer instead of the default. */
  answer(method: string, answerer: Answerer, times = 1): void {
    const list = this.overrides.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(answerer);
    this.overrides.set(method, list);
  }

  calls(method: string): Sent[] {
    return this.sent.filter((s) => s.method === method);
  }

  /** Waits until `count` calls of `method` have arrived (or fails after `timeoutMs`). */
  async waitFor(method: string, count = 1, timeoutMs = 5000): Promise<Sent[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.calls(method).length < count) {
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${count} ${method} call(s); got ${this.calls(method).length}: ${JSON.stringify(this.sent.map((s) => s.method))}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.calls(method);
  }

  clear(): void {
    this.sent.length = 0;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
