import type { WebClient } from "@slack/web-api";
import type { Asker } from "../../conversation/reply.js";
import type { SlackMessage } from "../blocks/message.js";
import { conversationMessage, failureMessage, replyToSlack } from "./answer.js";
import type { SlackContext } from "./deps.js";
import type { WorkingStatus } from "./working-status.js";

/** A question asked in a thread (a mention's, a DM's, an assistant thread) and where its answer goes. */
export interface ThreadQuestion {
  /** What the person wrote, decoded from Slack's escaping (`unescapeSlack`). */
  text: string;
  who: Asker;
  /** The thread the answer goes in; its conversation is remembered under `channel:threadTs`. */
  channel: string;
  threadTs: string;
  /** A new top-level message: it starts a conversation of its own rather than continuing one. */
  fresh: boolean;
  /** Posts a message in the thread (chat.postMessage, or the assistant's `say`). */
  post: (message: SlackMessage) => Promise<unknown>;
  /** "looking that up…" while the answer is worked out, where Slack offers it. */
  status?: WorkingStatus;
  /** Names the listener in the log line when answering fails. */
  listener: string;
  /** Done first, and apologised for like the answer if it fails (the assistant titles a new thread). */
  before?: () => Promise<void>;
}

/**
 * The one way an answer goes out in a thread: worked out (and counted for the insights and the request's
 * metrics on the way, see replyToSlack), the status settled, the answer posted with its 👍 / 👎, App Home
 * refreshed after a change of preferences, then the pay chart uploaded under it (CHARTS=image; never
 * throws, the answer is already there). When something fails, the apology goes in the thread instead; a
 * status left with no reply under it is cleared.
 */
export async function answerInThread(ctx: SlackContext, client: WebClient, q: ThreadQuestion): Promise<void> {
  let replied = false;
  try {
    await q.before?.();
    const { answer, changedPreferences } = await replyToSlack(ctx, q.text, q.who, {
      key: `${q.channel}:${q.threadTs}`,
      fresh: q.fresh,
    });
    await q.status?.settle();
    await q.post(conversationMessage(ctx, answer, q.text));
    replied = true;
    if (changedPreferences) ctx.home.schedule(client, q.who.userId);
    await ctx.charts?.upload(client, answer, { channel: q.channel, thread_ts: q.threadTs });
  } catch (error) {
    ctx.logger.error(`${q.listener} failed: ${(error as Error).stack ?? error}`);
    await q.status?.settle();
    replied = await q.post(failureMessage(error)).then(
      () => true,
      (e: Error) => {
        ctx.logger.warn(`apologising in ${q.channel}:${q.threadTs} failed: ${e.message}`);
        return replied;
      },
    );
  } finally {
    await q.status?.finish(replied);
  }
}
