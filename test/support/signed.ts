import { createHmac } from "node:crypto";

export const signingSecret = "0123456789abcdef0123456789abcdef";

/** Signs a request body exactly as Slack does: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}"). */
export function slackSignature(body: string, timestamp: number, secret = signingSecret): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
  /** Fields of the event envelope to set (another workspace's team_id and authorizations). */
  body?: Record<string, unknown>;
}

/** POSTs a signed request to the app's Slack endpoint. */
export async function sendSigned(
  port: number,
  body: string,
  contentType: string,
  o: SendOptions = {},
): Promise<Response> {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(body, timestamp, o.secret),
      ...o.headers,
    },
    body,
  });
}

let counter = 0;

export function slashCommand(
  port: number,
  text: string,
  responseUrl: string,
  extra: Record<string, string> = {},
  o: SendOptions = {},
) {
  const body = new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T1",
    team_domain: "acme",
    channel_id: "C1",
    channel_name: "general",
    user_id: "U1",
    user_name: "ada",
    command: "/career",
    text,
    api_app_id: "A1",
    response_url: responseUrl,
    trigger_id: `trigger-${++counter}`,
    ...extra,
  }).toString();
  return sendSigned(port, body, "application/x-www-form-urlencoded", o);
}

export function event(
  port: number,
  event: Record<string, unknown>,
  eventId = `Ev${++counter}`,
  o: SendOptions = {},
) {
  const body = JSON.stringify({
    token: "legacy-verification-token",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event,
    ...o.body,
  });
  return sendSigned(port, body, "application/json", o);
}

export function interaction(port: number, payload: Record<string, unknown>, o: SendOptions = {}) {
  const body = new URLSearchParams({
    payload: JSON.stringify({
      team: { id: "T1" },
      api_app_id: "A1",
      token: "legacy-verification-token",
      ...payload,
    }),
  }).toString();
  return sendSigned(port, body, "application/x-www-form-urlencoded", o);
}

/** An app_mention of the bot (`<@UBOT> <text>`) by U1 in C1, with `fields` (ts, thread_ts, another user) on top. */
export function mention(
  port: number,
  text: string,
  fields: Record<string, unknown> = {},
  eventId?: string,
  o: SendOptions = {},
) {
  return event(
    port,
    { type: "app_mention", user: "U1", text: `<@UBOT> ${text}`, channel: "C1", ...fields },
    eventId,
    o,
  );
}

/** A direct message to the bot by U1 in its DM (D1), with `fields` (ts, another user or channel) on top. */
export function directMessage(port: number, text: string, fields: Record<string, unknown> = {}) {
  return event(port, { type: "message", channel_type: "im", user: "U1", text, channel: "D1", ...fields });
}

/**
 * A click on an element (`action`: a button, a checkbox...) of an ephemeral message U1 sees in C1: a
 * block_actions payload whose answers go to `responseUrl`. `fields` (another trigger_id) go on top.
 */
export function blockAction(
  port: number,
  action: Record<string, unknown>,
  responseUrl: string,
  fields: Record<string, unknown> = {},
) {
  return interaction(port, {
    type: "block_actions",
    user: { id: "U1", name: "ada" },
    channel: { id: "C1", name: "general" },
    container: { type: "message", is_ephemeral: true },
    response_url: responseUrl,
    trigger_id: `trigger-${++counter}`,
    actions: [{ block_id: "b1", action_ts: "1", ...action }],
    ...fields,
  });
}
