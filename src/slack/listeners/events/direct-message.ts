import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { type DigestCommand, parseCommand } from "../../../understanding/command-grammar.js";
import { unescapeSlack } from "../../blocks/kit.js";
import { answerInThread } from "../answer-in-thread.js";
import type { SlackContext } from "../deps.js";
import { WorkingStatus } from "../working-status.js";

/** Digest questions that only read, which may be about the channel on screen rather than the DM. */
const readsChannel = (c: DigestCommand) =>
  c.action === "status" || c.action === "preview" || (c.action === "feed" && c.op === "list");

/**
 * The channel a DM's question is about: the DM itself, except for a digest question that only reads
 * ("digest status", "digest preview", "digest feed list") asked while the person is looking at a channel
 * (app_context_changed), which is about that channel.
 */
function askedAbout(ctx: SlackContext, text: string, user: string, dm: string): string {
  const viewing = ctx.viewing?.channelOf(user);
  if (!viewing) return dm;
  const command = parseCommand(ctx.services.kb, text);
  return command.kind === "digest" && readsChannel(command) ? viewing : dm;
}

/**
 * A direct message to the bot, in the app's Messages tab (Slack's agent messaging experience): each
 * top-level message is answered in a thread of its own, which starts a conversation that follow-ups in the
 * thread continue (those arrive through the assistant listener, src/slack/listeners/assistant/). While
 * the answer is worked out, the thread shows that the app is working. Messages from bots, edits and other
 * subtypes are ignored.
 */
export function directMessage(ctx: SlackContext) {
  return async ({ message, client }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs) => {
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id || !message.user)
      return;
    const thread_ts = (message as { thread_ts?: string }).thread_ts ?? message.ts;
    const channel = message.channel;
    const status = new WorkingStatus(
      (text) => client.assistant.threads.setStatus({ channel_id: channel, thread_ts, status: text }),
      (problem) => ctx.logger.warn(`${problem} in ${channel}:${thread_ts}`),
    );
    const text = unescapeSlack(message.text ?? "");
    await answerInThread(ctx, client, {
      text,
      who: { userId: message.user, channelId: askedAbout(ctx, text, message.user, channel) },
      channel,
      threadTs: thread_ts,
      fresh: (message as { thread_ts?: string }).thread_ts === undefined,
      post: (reply) => client.chat.postMessage({ channel, thread_ts, ...reply }),
      status,
      listener: "message.im",
    });
  };
}
