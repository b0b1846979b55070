import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { unescapeSlack } from "../../blocks/kit.js";
import { answerInThread } from "../answer-in-thread.js";
import type { SlackContext } from "../deps.js";

/** Mentions of any user, the bot included: `<@U123>` or `<@U123|name>`. */
const mentionPattern = /<@[A-Z0-9]+(?:\|[^>]*)?>/g;

/** `@Career Advisor …` in a channel: the same grammar, answered in a thread. */
export function appMention(ctx: SlackContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) => {
    if (event.bot_id || !event.user) return;
    const thread_ts = event.thread_ts ?? event.ts;
    const { channel, user } = event;
    // A mention inside a thread continues that thread's conversation; a top-level one starts a new thread.
    await answerInThread(ctx, client, {
      text: unescapeSlack(event.text.replace(mentionPattern, " ").trim()),
      who: { userId: user, channelId: channel },
      channel,
      threadTs: thread_ts,
      fresh: event.thread_ts === undefined,
      post: (message) => client.chat.postMessage({ channel, thread_ts, ...message }),
      listener: "app_mention",
    });
  };
}
