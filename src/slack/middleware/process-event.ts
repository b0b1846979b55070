import type { App, Logger, ReceiverEvent } from "@slack/bolt";
import type { Metrics } from "../../runtime/metrics.js";
import { inRequest, type RequestInfo } from "../../runtime/request-context.js";
import { MalformedRequestError } from "../http/malformed-response.js";
import { teamOf } from "../workspaces/workspace-scope.js";
import { type Body, isObject, malformed } from "./malformed.js";
import { staleInteractions } from "./stale-interactions.js";
import { surfaceOf } from "./surface.js";

/*
 * The one door every request goes through, before any listener: a malformed payload is turned away
 * (malformed.ts), and every other request runs in a request context (surface, team, answer kind, timing)
 * for the logs and metrics, and for the answer to buttons, views and shortcuts no listener knows
 * (stale-interactions.ts).
 */

export interface GuardOptions {
  logger: Logger;
  metrics?: Metrics;
  /** Socket Mode: no HTTP status to answer with, so a malformed envelope is acknowledged and dropped. */
  socket: boolean;
}

/** The last step of every request: the metrics, and at debug level one line with its context. */
function handled(o: GuardOptions, info: RequestInfo, seconds: number): void {
  o.metrics?.request(info, seconds);
  const outcome = info.stale ? "stale" : info.rateLimited ? "rate_limited" : info.errored ? "error" : "ok";
  o.logger.debug(`handled a ${info.surface} request`, {
    surface: info.surface,
    ...(info.kind ? { kind: info.kind } : {}),
    ...(info.notFound ? { not_found: info.notFound } : {}),
    outcome,
    duration_ms: Math.round(seconds * 1e5) / 100,
    ...(info.team ? { team: info.team } : {}),
  });
}

/**
 * Wraps `app.processEvent`, the one door every request goes through in both HTTP and Socket Mode: a
 * malformed payload is turned away before Bolt reads it, and the rest are handled in a request context
 * that records whether Slack was acknowledged, for the answer to stale interactions (`staleInteractions`,
 * installed here as the first global middleware) and for the metrics.
 */
export function guardRequests(app: App, o: GuardOptions): { idle(): Promise<void> } {
  const handle = app.processEvent.bind(app);
  const inFlight = new Set<Promise<void>>();
  app.processEvent = async (event: ReceiverEvent) => {
    const body: unknown = event.body;
    const problem = malformed(body);
    if (problem) {
      const team = isObject(body) ? teamOf(body) : undefined;
      o.logger.warn(`ignored a malformed request: ${problem.detail}${team ? ` (team ${team})` : ""}`);
      o.metrics?.malformed(problem.reason);
      // An event is acknowledged (a 4xx or 5xx would make Slack send it again); anything else is a 400.
      if (o.socket || (isObject(body) && (body.type === "event_callback" || "event" in body)))
        return event.ack();
      throw new MalformedRequestError(problem.detail);
    }
    const b = body as Body;
    if (b.type === "app_rate_limited") {
      o.logger.warn(
        `Slack is not sending this app's events for a while: too many in a minute (app_rate_limited, team ${String(b.team_id)})`,
      );
      return event.ack();
    }
    const team = teamOf(b);
    const info: RequestInfo = {
      surface: surfaceOf(b),
      ...(team ? { team } : {}),
      started: performance.now(),
      acked: false,
      errored: false,
      rateLimited: false,
      stale: false,
    };
    const ack = event.ack;
    const tracked: ReceiverEvent = {
      ...event,
      ack: (response?: unknown) => {
        info.acked = true;
        return ack(response as never);
      },
    };
    const work = inRequest(info, () => handle(tracked));
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
      handled(o, info, (performance.now() - info.started) / 1000);
    }
  };
  app.use(staleInteractions(o.logger));
  return {
    /** Resolves once every request being handled has been (stale answers included), for a clean stop. */
    async idle() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
