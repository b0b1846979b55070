import type { CustomRoute } from "@slack/bolt";
import type { KnowledgeBase } from "../../knowledge/base.js";
import { fingerprintOf } from "../../knowledge/fingerprint.js";
import type { Config } from "../../runtime/config.js";
import type { Store } from "../../store/store.js";

/**
 * GET /healthz: the mode, the roles and the knowledge's version while the store serves; 503 with the reason
 * while it cannot (the database is down), so a load balancer sends requests to another instance until it
 * recovers.
 */
export function healthCheck(
  mode: Config["mode"],
  services: { kb: KnowledgeBase; store: Store },
): CustomRoute {
  return {
    path: "/healthz",
    method: ["GET"],
    handler: (_req, res) => {
      void services.store.health().then((h) => {
        const body = h.ok
          ? {
              status: "ok",
              mode,
              roles: services.kb.knowledge.roles.length,
              knowledge: fingerprintOf(services.kb).version,
            }
          : { status: "unavailable", reason: h.reason };
        res.writeHead(h.ok ? 200 : 503, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      });
    },
  };
}
