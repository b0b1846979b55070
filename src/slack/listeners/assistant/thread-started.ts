import type { AllMiddlewareArgs, AssistantThreadStartedMiddleware } from "@slack/bolt";
import type { SlackContext } from "../deps.js";
import { greeting, suggestedPrompts } from "./prompts.js";
import { type ThreadContexts, threadKey } from "./thread-contexts.js";

type StartedArgs = Parameters<AssistantThreadStartedMiddleware>[0];

/** A new assistant thread: a greeting with the thread's context as metadata, and suggested prompts. */
export function threadStarted(ctx: SlackContext, threads: ThreadContexts) {
  return async ({ event, say, setSuggestedPrompts }: StartedArgs & AllMiddlewareArgs) => {
    const { user_id, channel_id, thread_ts, context } = event.assistant_thread;
    const key = threadKey(channel_id, thread_ts);
    threads.remember(key, context);
    const greeted = say(greeting());
    threads.greeted(
      key,
      greeted.then(
        (posted) => posted.ts,
        () => undefined,
      ),
    );
    const prefs = await ctx.services.store.user(user_id).catch((error: Error) => {
      ctx.logger.warn(
        `preferences for ${user_id} unavailable, suggesting the general prompts: ${error.message}`,
      );
      return undefined;
    });
    const [posted, suggested] = await Promise.allSettled([
      greeted,
      setSuggestedPrompts({ title: "Try asking", prompts: suggestedPrompts(ctx.services.kb, prefs) }),
    ]);
    if (posted.status === "rejected")
      ctx.logger.error(`assistant greeting in ${key} failed: ${posted.reason}`);
    if (suggested.status === "rejected")
      ctx.logger.warn(`suggested prompts in ${key} failed: ${suggested.reason}`);
  };
}
