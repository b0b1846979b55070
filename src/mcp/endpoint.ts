import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "@slack/bolt";
import { userContext } from "../conversation/reply.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import type { Config } from "../runtime/config.js";
import type { Metrics } from "../runtime/metrics.js";
import { inWorkspace, workspaceScoped } from "../slack/workspaces/workspace-scope.js";
import type { Store } from "../store/store.js";
import { mcpHttpHandler } from "./http.js";
import { tools } from "./tools/index.js";

export interface McpEndpointServices {
  kb: KnowledgeBase;
  store: Store;
  clock: () => Date;
  logger: Logger;
  metrics?: Metrics;
  /** A caller's allowance, as for mentions: `burst` calls at once, refilled at `perSecond`. */
  rateLimit: { burst: number; perSecond: number };
}

/**
 * The /mcp handler over the app's knowledge and store, or undefined when MCP=off (then /mcp is a 404).
 * A Slack user's saved record is read as the Slack app reads it: keyed by workspace with OAuth installs.
 */
export function mcpEndpoint(
  config: Config,
  s: McpEndpointServices,
): ((req: IncomingMessage, res: ServerResponse) => void) | undefined {
  if (!config.mcp) return undefined;
  const store = config.oauth ? workspaceScoped(s.store) : s.store;
  return mcpHttpHandler({
    auth: config.mcp.auth,
    ...(config.signingSecret ? { signingSecret: config.signingSecret } : {}),
    kb: s.kb,
    tools,
    logger: s.logger,
    ...(s.metrics ? { metrics: s.metrics } : {}),
    userContext: (who) => inWorkspace(who.teamId, async () => userContext(await store.user(who.userId))),
    takeToken: (key) => s.store.takeToken(key, s.clock(), s.rateLimit.burst, s.rateLimit.perSecond),
  });
}
