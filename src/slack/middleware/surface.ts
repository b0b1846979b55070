import type { Surface } from "../../runtime/request-context.js";
import type { Body } from "./malformed.js";

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
