import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { conversationMessage, failureMessage, replyToSlack } from "../answer.js";
import type { SlackContext } from "../deps.js";

/** Mentions of any user, the bot included: `<@U123>` or `<@U123|name>`. */
const mentionPattern = /<@[A-Z0-9]+(?:\|[^>]*)?>/g;

/** `@Career Advisor …` in a channel: the same grammar, answered in a thread. */
export function appMention(ctx: SlackContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) => {
    if (event.bot_id || !event.user) return;
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const text = event.text.replace(mentionPattern, " ").trim();
      // A mention inside a thread continues that thread's conversation; a top-level one starts a new thread.
      const { answer, text: question } = await replyToSlack(
        ctx,
        text,
        { userId: event.user, channelId: event.channel },
        { key: `${event.channel}:${thread_ts}`, fresh: event.thread_ts === undefined },
      );
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts,
        ...conversationMessage(ctx, answer, question),
      });
      // Pay charts: uploaded into the thread after the answer (never throws; the answer is already there).
      await ctx.charts?.upload(client, answer, { channel: event.channel, thread_ts });
    } catch (error) {
      ctx.logger.error(`app_mention failed: ${(error as Error).stack ?? error}`);
      await client.chat
        .postMessage({ channel: event.channel, thread_ts, ...failureMessage(error) })
        .catch(() => undefined);
    }
  };
}
