import type { AllMiddlewareArgs, AnyMiddlewareArgs, Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { notice } from "../../advisor/parts/answer-parts.js";
import { noteRateLimited } from "../../runtime/request-context.js";
import type { Store } from "../../store/store.js";
import { renderMessage } from "../blocks/message.js";
import { teamOf } from "../workspaces/workspace-scope.js";

/** Who sent a request: a slash command, an event or an interaction. */
function requester(body: unknown): string | undefined {
  const b = body as {
    user_id?: string;
    event?: { user?: string; assistant_thread?: { user_id?: string } };
    user?: { id?: string };
  };
  // Assistant thread events name their person inside the thread, not on the event.
  return b.user_id ?? b.event?.user ?? b.event?.assistant_thread?.user_id ?? b.user?.id;
}

function slowDown(seconds: number) {
  const wait = `${seconds} second${seconds === 1 ? "" : "s"}`;
  return renderMessage(
    notice(
      "One moment",
      [`You are sending requests faster than I answer them. Please try again in ${wait}.`],
      "info",
    ),
  );
}

/**
 * The "slow down" for a mention or a DM, which have no response URL: privately in the mention's thread, or
 * in the DM. Events that are not someone talking to the bot (App Home opened) get none.
 */
async function slowDownInConversation(client: WebClient, body: unknown, wait: number): Promise<unknown> {
  const event = (
    body as {
      event?: {
        type?: string;
        channel?: string;
        user?: string;
        ts?: string;
        thread_ts?: string;
        channel_type?: string;
      };
    }
  ).event;
  if (!event?.channel || !event.user) return;
  if (event.type === "app_mention")
    return client.chat.postEphemeral({
      channel: event.channel,
      user: event.user,
      thread_ts: event.thread_ts ?? event.ts,
      ...slowDown(wait),
    });
  // In a DM, or an assistant thread within one: in the thread the message came in.
  if (event.type === "message" && event.channel_type === "im")
    return client.chat.postMessage({
      channel: event.channel,
      ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
      ...slowDown(wait),
    });
}

/**
 * Each person may send `burst` requests at once, refilled at `perSecond`; past that they are told to wait,
 * where they asked. Messages from bots (our own answers in a DM among them) are not requests.
 */
export function rateLimit(
  store: Store,
  clock: () => Date,
  logger: Logger,
  { burst, perSecond }: { burst: number; perSecond: number },
) {
  return async (args: AnyMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    // Messages from bots (our own answers in a DM among them) are not requests; the listeners ignore them.
    const event = (args.body as { event?: { bot_id?: string; subtype?: string } }).event;
    if (event?.bot_id || event?.subtype) return args.next();
    const who = requester(args.body);
    // Shared through the store, so a person's allowance is one across instances; if the store cannot say,
    // the request goes through.
    const wait = await store
      .takeToken(`user:${teamOf(args.body) ?? ""}:${who ?? "anonymous"}`, clock(), burst, perSecond)
      .catch(() => 0);
    if (wait === 0) return args.next();
    logger.warn(`rate limit: ${who} must wait ${wait} s`);
    noteRateLimited();
    const a = args as unknown as { ack?: () => Promise<void>; respond?: (m: object) => Promise<unknown> };
    await a.ack?.();
    const answered = a.respond
      ? a.respond({ response_type: "ephemeral", ...slowDown(wait) })
      : slowDownInConversation(args.client, args.body, wait);
    await answered.catch((error: Error) => logger.warn(`rate-limit answer failed: ${error.message}`));
  };
}
