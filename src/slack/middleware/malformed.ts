/*
 * A signed request whose payload is malformed (a null event, an event without a type, an action without
 * its user…) is turned away at the door (process-event.ts) with a 2xx for events, so that Slack does not
 * retry them, or a 400, and one log line; before, a null event was a 500 (retried three times by Slack) and
 * a null body left the request hanging on an unhandled rejection.
 */

/** A request's payload, as parsed JSON. */
export type Body = Record<string, unknown>;

export const isObject = (v: unknown): v is Body => typeof v === "object" && v !== null && !Array.isArray(v);
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
