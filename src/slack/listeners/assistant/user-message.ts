import type { AllMiddlewareArgs, AssistantUserMessageMiddleware } from "@slack/bolt";
import { unescapeSlack } from "../../blocks/kit.js";
import { answerInThread } from "../answer-in-thread.js";
import type { SlackContext } from "../deps.js";
import { WorkingStatus } from "../working-status.js";
import { threadTitle } from "./prompts.js";
import { threadKey } from "./thread-contexts.js";

type UserMessageArgs = Parameters<AssistantUserMessageMiddleware>[0];

/** A person's message in an assistant thread: answered in the thread, from the thread's conversation. */
export function userMessage(ctx: SlackContext) {
  return async ({ message, client, say, setTitle, setStatus }: UserMessageArgs & AllMiddlewareArgs) => {
    // Our own answers arrive here too, as messages in the thread.
    if (!("user" in message) || !message.user || ("bot_id" in message && message.bot_id)) return;
    const threadTs = (message as { thread_ts?: string }).thread_ts;
    if (!threadTs) return;
    const { channel, user } = message;
    const slackText = ("text" in message ? message.text : undefined) ?? "";
    const text = unescapeSlack(slackText);
    const key = threadKey(channel, threadTs);
    const log = (what: string) => (error: Error) =>
      ctx.logger.warn(`${what} in ${key} failed: ${error.message}`);

    const status = new WorkingStatus(setStatus, (problem) => ctx.logger.warn(`${problem} in ${key}`));
    let titling: Promise<unknown> | undefined;
    await answerInThread(ctx, client, {
      text,
      who: { userId: user, channelId: channel },
      channel,
      threadTs,
      fresh: false,
      post: say,
      status,
      listener: "assistant message",
      before: async () => {
        // No conversation kept yet for the thread: this is its first question, which names it.
        if (!(await ctx.services.store.conversation(key, ctx.services.clock())))
          titling = setTitle(threadTitle(slackText)).catch(log("setting the title"));
      },
    });
    await titling;
  };
}
