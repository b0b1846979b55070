import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { mentionsDropped } from "../../../understanding/text/slack-text.js";
import { unescapeSlack } from "../../blocks/kit.js";
import { answerInThread } from "../answer-in-thread.js";
import type { SlackContext } from "../deps.js";

/** `@Career Advisor …` in a channel: the same grammar, answered in a thread. */
export function appMention(ctx: SlackContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) => {
    if (event.bot_id || !event.user) return;
    const thread_ts = event.thread_ts ?? event.ts;
    const { channel, user } = event;
    // A mention inside a thread continues that thread's conversation; a top-level one starts a new thread.
    // Its mentions (the bot's, anyone's, a broadcast) are dropped as the understanding drops them, by the
    // one pattern, before the text is stored: "<@U0BOT>, backend?" is kept as "backend?", not ", backend?".
    await answerInThread(ctx, client, {
      text: unescapeSlack(mentionsDropped(event.text).trim()),
      who: { userId: user, channelId: channel },
      channel,
      threadTs: thread_ts,
      fresh: event.thread_ts === undefined,
      post: (message) => client.chat.postMessage({ channel, thread_ts, ...message }),
      listener: "app_mention",
    });
  };
}
