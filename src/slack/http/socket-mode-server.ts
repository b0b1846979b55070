import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";

/** In Socket Mode there is no HTTP receiver, so /healthz (and /mcp) get a small server of their own. */
export function socketModeServer(
  health: CustomRoute,
  routes: { path: string; handler: (req: IncomingMessage, res: ServerResponse) => void }[],
): Server {
  return createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") health.handler(req, res);
    else {
      const route = routes.find((r) => r.path === (req.url ?? "").split("?")[0]);
      if (route) route.handler(req, res);
      else res.writeHead(404).end();
    }
  });
}
