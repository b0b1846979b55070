import type { AllMiddlewareArgs, AnyMiddlewareArgs, Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { notice } from "../../advisor/parts/answer-parts.js";
import { currentRequest } from "../../runtime/request-context.js";
import { renderMessage, type SlackMessage } from "../blocks/message.js";
import type { Body } from "./malformed.js";

/*
 * A button, view or shortcut that no listener knows (from a message an older version of the app posted) is
 * acknowledged and answered privately, instead of timing out into a 404 that Slack shows as an error.
 */

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
