import { type App, Assistant } from "@slack/bolt";
import type { SlackContext } from "../deps.js";
import { greeting } from "./prompts.js";
import { ThreadContexts, threadContextChanged } from "./thread-contexts.js";
import { threadStarted } from "./thread-started.js";
import { userMessage } from "./user-message.js";

/*
 * Slack's assistant container (the split view, `assistant_view`: the legacy path, kept for apps whose
 * manifest still has it): a thread per conversation, started by Slack with `assistant_thread_started`, told
 * which channel the person is looking at with `assistant_thread_context_changed`, and fed the person's
 * messages as `message.im` events in the thread. Bolt's Assistant takes every message in a DM thread, so
 * under the agent messaging experience (`agent_view`) follow-ups in the thread of a DM's answer come here
 * too, and are answered the same way.
 */

export function createAssistant(ctx: SlackContext): Assistant {
  const threads = new ThreadContexts(greeting, (message) => ctx.logger.warn(message));
  return new Assistant({
    threadContextStore: threads,
    threadStarted: threadStarted(ctx, threads),
    threadContextChanged: threadContextChanged(),
    userMessage: userMessage(ctx),
  });
}

/**
 * The assistant is middleware: it takes messages in assistant threads (DM threads) before the DM listener,
 * which keeps answering top-level direct messages as before.
 */
export function registerAssistant(app: App, ctx: SlackContext): void {
  app.assistant(createAssistant(ctx));
}
