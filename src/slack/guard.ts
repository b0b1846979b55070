import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type AllMiddlewareArgs,
  type AnyMiddlewareArgs,
  type App,
  HTTPModuleFunctions,
  type HTTPReceiver,
  isValidSlackRequest,
  type Logger,
  type ReceiverEvent,
} from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { notice } from "../advisor/answer-parts.js";
import type { Metrics } from "../runtime/metrics.js";
import { currentRequest, inRequest, type RequestInfo, type Surface } from "../runtime/request-context.js";
import { renderMessage, type SlackMessage } from "./blocks/render.js";
import { teamOf } from "./workspace.js";

/*
 * What stands between Slack's requests and the listeners:
 * - a signed request whose payload is malformed (a null event, an event without a type, an action without
 *   its user…) gets a 2xx (events, so that Slack does not retry them) or a 400, one log line, and nothing
 *   else; before, a null event was a 500 (retried three times by Slack) and a null body left the request
 *   hanging on an unhandled rejection;
 * - a button, view or shortcut that no listener knows (from a message an older version of the app posted)
 *   is acknowledged and answered privately, instead of timing out into a 404 that Slack shows as an error;
 * - every request runs in a request context (surface, team, answer kind, timing) for the logs and metrics.
 */

type Body = Record<string, unknown>;

const isObject = (v: unknown): v is Body => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const describe = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "an array" : typeof v);

/** A malformed payload: which part is at fault (a bounded label for the metrics) and what is wrong. */
export interface Malformation {
  reason: string;
  detail: string;
}

const fault = (reason: string, detail: string): Malformation => ({ reason, detail });

function userless(body: Body): boolean {
  return !isObject(body.user) || !isText(body.user.id);
}

/** What is wrong with an Events API event, judged by what the app's listeners rely on. */
function malformedEvent(event: unknown): Malformation | undefined {
  if (!isObject(event)) return fault("event", `its event is ${describe(event)}`);
  if (!isText(event.type)) return fault("event", "its event has no type");
  const where = `its ${event.type} event`;
  switch (event.type) {
    case "app_mention":
      if (!isText(event.channel) || !isText(event.ts)) return fault("event", `${where} has no channel or ts`);
      if (typeof event.text !== "string") return fault("event", `${where} has no text`);
      if (!isText(event.user) && !isText(event.bot_id)) return fault("event", `${where} has no user`);
      return undefined;
    case "message":
      if (!isText(event.channel) || !isText(event.ts)) return fault("event", `${where} has no channel or ts`);
      if (event.text !== undefined && typeof event.text !== "string")
        return fault("event", `${where} has a text that is not a string`);
      if (event.user !== undefined && typeof event.user !== "string")
        return fault("event", `${where} has a user that is not a string`);
      return undefined;
    case "app_home_opened":
      return isText(event.user) ? undefined : fault("event", `${where} has no user`);
    case "assistant_thread_started":
    case "assistant_thread_context_changed": {
      const thread = event.assistant_thread;
      if (
        !isObject(thread) ||
        !isText(thread.channel_id) ||
        !isText(thread.thread_ts) ||
        !isText(thread.user_id)
      )
        return fault("event", `${where} has no assistant_thread with user, channel and thread`);
      return undefined;
    }
    default:
      // Events the app does not subscribe to are Bolt's to acknowledge; no listener will run.
      return undefined;
  }
}

/**
 * What is wrong with a signed request's payload, if anything, in what the app's listeners and middleware
 * rely on. Slack's real payloads always pass; the point is that a broken one is turned away at the door,
 * in one place, rather than failing somewhere inside.
 */
export function malformed(body: unknown): Malformation | undefined {
  if (!isObject(body)) return fault("body", `the body is ${describe(body)}, not an object`);
  if (body.type === "event_callback" || "event" in body) return malformedEvent(body.event);
  if ("command" in body) {
    if (!isText(body.command) || !body.command.startsWith("/"))
      return fault("command", "its command is not a slash command");
    if (!isText(body.user_id) || !isText(body.channel_id))
      return fault("command", `${body.command} has no user_id or channel_id`);
    if (typeof body.text !== "string") return fault("command", `${body.command} has no text`);
    if (!isText(body.response_url)) return fault("command", `${body.command} has no response_url`);
    return undefined;
  }
  const type = body.type;
  switch (type) {
    case "block_actions": {
      if (userless(body)) return fault("action", "block_actions without a user");
      const actions = body.actions;
      if (!Array.isArray(actions) || actions.length === 0)
        return fault("action", "block_actions without actions");
      if (!actions.every((a) => isObject(a) && isText(a.action_id)))
        return fault("action", "block_actions with an action that has no action_id");
      // What the app's select and checkbox listeners read.
      for (const action of actions as Body[]) {
        if (action.type === "static_select" && !isObject(action.selected_option))
          return fault("action", `static_select ${action.action_id} without its selected_option`);
        if (action.type === "checkboxes" && !Array.isArray(action.selected_options))
          return fault("action", `checkboxes ${action.action_id} without their selected_options`);
      }
      return undefined;
    }
    case "interactive_message":
    case "dialog_submission":
    case "dialog_cancellation":
      return userless(body) ? fault("action", `${type} without a user`) : undefined;
    case "view_submission":
    case "view_closed": {
      if (userless(body)) return fault("view", `${type} without a user`);
      const view = body.view;
      if (!isObject(view) || typeof view.callback_id !== "string")
        return fault("view", `${type} without a view and its callback_id`);
      if (type === "view_submission" && !(isObject(view.state) && isObject(view.state.values)))
        return fault("view", "view_submission without the view's state");
      return undefined;
    }
    case "shortcut":
    case "message_action":
      if (userless(body)) return fault("shortcut", `${type} without a user`);
      return isText(body.callback_id) ? undefined : fault("shortcut", `${type} without a callback_id`);
    case "block_suggestion":
    case "dialog_suggestion":
      return userless(body) ? fault("options", `${type} without a user`) : undefined;
    case "url_verification":
    case "app_rate_limited":
      return undefined;
    default:
      return fault("type", `its type ${JSON.stringify(type ?? null)} is not one Slack sends`);
  }
}

/** Where a (well-formed) request came from, as the metrics and logs name it. */
export function surfaceOf(body: Body): Surface {
  if ("command" in body) return "command";
  const event = body.event as { type?: string; channel_type?: string; thread_ts?: string } | undefined;
  if (event) {
    if (event.type === "app_mention") return "mention";
    if (event.type === "message" && event.channel_type === "im") return event.thread_ts ? "assistant" : "dm";
    if (event.type?.startsWith("assistant_thread_")) return "assistant";
    if (event.type === "app_home_opened") return "home";
    return "event";
  }
  switch (body.type) {
    case "block_actions":
    case "interactive_message":
    case "dialog_submission":
    case "dialog_cancellation":
      return "action";
    case "view_submission":
    case "view_closed":
      return "view";
    case "shortcut":
    case "message_action":
      return "shortcut";
    case "block_suggestion":
    case "dialog_suggestion":
      return "options";
    default:
      return "event";
  }
}

/** Thrown from processEvent for a malformed interaction; the receiver answers it with a 400. */
export class MalformedRequestError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "MalformedRequestError";
  }
}

/** For HTTPReceiver's `processEventErrorHandler`: a malformed request is a 400, anything else Bolt's default. */
export async function processEventError(
  args: Parameters<typeof HTTPModuleFunctions.defaultProcessEventErrorHandler>[0],
): Promise<boolean> {
  if (args.error instanceof MalformedRequestError && !args.response.headersSent) {
    args.response.writeHead(400).end();
    return false;
  }
  return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
}

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

/** The answer to a button, view or shortcut from an older version of the app. */
export function olderVersion(what: string, instead = "`/career help`"): SlackMessage {
  return renderMessage(
    notice(
      "This is from an older version",
      [`This ${what} is from an older version of the app; try ${instead} to see what I can do now.`],
      "info",
    ),
  );
}

type StaleArgs = AnyMiddlewareArgs & AllMiddlewareArgs;

/** Answers in the app's DM with the person: where interactions without a response URL are answered. */
async function directMessage(client: WebClient, userId: string, message: SlackMessage): Promise<void> {
  await client.chat.postMessage({ channel: userId, ...message });
}

/**
 * After every listener has had its turn: a request that still has no acknowledgement is one no listener
 * knows (a button from an older message, a view or shortcut since removed, a command the app no longer
 * has). It is acknowledged, and the person told privately: under the message through its response URL,
 * in the modal itself for a view submission, or in the app's DM where there is neither.
 */
export function staleInteractions(logger: Logger) {
  return async (args: StaleArgs): Promise<void> => {
    try {
      await args.next();
    } catch (error) {
      // A listener that failed before acknowledging: acknowledged here, so Slack does not show a timeout.
      const info = currentRequest();
      if (info && !info.acked)
        await (args as { ack?: (r?: unknown) => Promise<void> }).ack?.().catch(() => undefined);
      throw error;
    }
    const info = currentRequest();
    if (!info || info.acked) return;
    info.stale = true;
    const body = args.body as Body;
    const a = args as StaleArgs & {
      ack: (response?: unknown) => Promise<void>;
      respond?: (message: object) => Promise<unknown>;
    };
    const userId =
      (body.user as { id?: string } | undefined)?.id ?? (body.user_id as string | undefined) ?? "";
    const what = staleName(body);
    logger.info(
      `${what.log} from ${userId}: not one this version knows; answered with the older-version note`,
    );
    const privately = async (message: SlackMessage) => {
      if (a.respond) await a.respond({ response_type: "ephemeral", replace_original: false, ...message });
      else if (userId) await directMessage(args.client, userId, message);
    };
    try {
      switch (body.type) {
        case "view_submission": {
          const { blocks, text } = olderVersion("form", "`/career prefs` or `/career help`");
          await a.ack({
            response_action: "update",
            view: {
              type: "modal",
              title: { type: "plain_text", text: "Career Advisor" },
              close: { type: "plain_text", text: "Close" },
              blocks: blocks ?? [{ type: "section", text: { type: "mrkdwn", text } }],
            },
          });
          return;
        }
        case "view_closed":
        case "dialog_cancellation":
          await a.ack();
          return;
        case "block_suggestion":
        case "dialog_suggestion":
          await a.ack({ options: [] });
          return;
        default:
          break;
      }
      if ("command" in body) {
        await a.ack({ response_type: "ephemeral", ...olderVersion("command") });
        return;
      }
      await a.ack();
      await privately(olderVersion(what.noun));
    } catch (error) {
      logger.warn(`answering ${what.log} failed: ${(error as Error).message}`);
    }
  };
}

/** What to call a stale interaction: to the person (`noun`) and in the log line (`log`). */
function staleName(body: Body): { noun: string; log: string } {
  if ("command" in body) return { noun: "command", log: `command ${String(body.command)}` };
  switch (body.type) {
    case "block_actions": {
      const action = (body.actions as { action_id?: string; type?: string }[])[0];
      const noun = action?.type === "button" || !action?.type ? "button" : "menu";
      return { noun, log: `action ${action?.action_id}` };
    }
    case "view_submission":
    case "view_closed":
      return { noun: "form", log: `${body.type} ${(body.view as { callback_id?: string }).callback_id}` };
    case "shortcut":
    case "message_action":
      return { noun: "shortcut", log: `shortcut ${String(body.callback_id)}` };
    default:
      return {
        noun: "button",
        log: `${String(body.type)} ${String(body.callback_id ?? body.action_id ?? "")}`,
      };
  }
}

/**
 * In front of Bolt's HTTP receiver, for POST /slack/events: reads the body (as Bolt would, with the same
 * limit, which Bolt then reuses) and refuses with a 400 a body that is not a JSON object, before Bolt reads
 * `body.ssl_check` of a `null` and leaves the request hanging on an unhandled rejection.
 */
export function guardBodies(
  receiver: HTTPReceiver,
  o: { logger: Logger; bodyLimit: number; signingSecret: string; metrics?: Metrics },
) {
  const listen = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== "/slack/events") return listen(req, res);
    HTTPModuleFunctions.bufferIncomingMessage(req, o.bodyLimit).then(
      (buffered) => {
        const problem = bodyProblem(buffered.rawBody, req.headers["content-type"]);
        // Only a signed request is judged malformed; an unsigned one is Bolt's to refuse with a 401.
        if (problem && signedBySlack(buffered, o.signingSecret)) {
          o.logger.warn(`ignored a malformed request: ${problem}`);
          o.metrics?.malformed("body");
          res.writeHead(400).end();
          return;
        }
        try {
          listen(req, res);
        } catch (error) {
          o.logger.error(`request to /slack/events failed: ${(error as Error).message}`);
          if (!res.headersSent) res.writeHead(500).end();
        }
      },
      (error: Error & { statusCode?: number; limit?: number }) => {
        if (HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413) {
          o.logger.warn(`Request body exceeded the maximum allowed size (limit: ${error.limit} bytes)`);
          res.writeHead(413).end();
          return;
        }
        o.logger.warn(`could not read a request's body: ${error.message}`);
        if (!res.headersSent) res.writeHead(400).end();
      },
    );
  };
}

/** Whether a request carries a valid Slack signature (v0, HMAC-SHA256) made within the last five minutes. */
export function signedBySlack(req: IncomingMessage & { rawBody: Buffer }, signingSecret: string): boolean {
  const header = (name: string) => {
    const value = req.headers[name];
    return typeof value === "string" ? value : "";
  };
  return isValidSlackRequest({
    signingSecret,
    body: req.rawBody.toString(),
    headers: {
      "x-slack-signature": header("x-slack-signature"),
      "x-slack-request-timestamp": Number(header("x-slack-request-timestamp")),
    },
  });
}

const form = "application/x-www-form-urlencoded";

/**
 * Whether a body Bolt is about to parse would give something other than an object: JSON that is not an
 * object, or an interactivity form whose `payload` is not one. Looks at the first bytes only; JSON that
 * does not parse at all is Bolt's to refuse (it answers 400).
 */
export function bodyProblem(raw: Buffer, contentType: string | undefined): string | undefined {
  const text = raw.toString("latin1", 0, Math.min(raw.length, 4096));
  if (contentType === form) {
    const payload = /(?:^|&)payload=([^&]{0,40})/.exec(text)?.[1];
    if (payload === undefined) return undefined;
    let start = payload.replace(/%[0-9a-f]?$/i, "").replace(/\+/g, " ");
    try {
      start = decodeURIComponent(start);
    } catch {
      return "its payload is not URL-encoded";
    }
    return /^\s*\{/.test(start)
      ? undefined
      : `its payload is ${JSON.stringify(start.trim().slice(0, 20))}…, not a JSON object`;
  }
  if (/^\s*\{/.test(text.slice(0, 64)) || raw.length === 0) return undefined;
  return `the body is ${JSON.stringify(text.trim().slice(0, 20))}…, not a JSON object`;
}
