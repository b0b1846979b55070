import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import { type DigestCommand, parseCommand } from "../../understanding/command-grammar.js";
import { unescapeSlack } from "../blocks/kit.js";
import {
  conversationMessage,
  failureMessage,
  refreshHome,
  replyToSlack,
  type SlackContext,
} from "../context.js";
import { WorkingStatus } from "../status.js";
import { suggestedPrompts } from "./assistant.js";

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
  const command = parseCommand(ctx.assistant.kb, unescapeSlack(text));
  return command.kind === "digest" && readsChannel(command) ? viewing : dm;
}

/**
 * A direct message to the bot, in the app's Messages tab (Slack's agent messaging experience): each
 * top-level message is answered in a thread of its own, which starts a conversation that follow-ups in the
 * thread continue (those arrive through the assistant listener, src/slack/listeners/assistant.ts). While
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
    let replied = false;
    try {
      const text = message.text ?? "";
      const { answer, text: question } = await replyToSlack(
        ctx,
        text,
        { userId: message.user, channelId: askedAbout(ctx, text, message.user, channel) },
        {
          key: `${channel}:${thread_ts}`,
          fresh: (message as { thread_ts?: string }).thread_ts === undefined,
        },
      );
      await status.settle();
      await client.chat.postMessage({ channel, thread_ts, ...conversationMessage(ctx, answer, question) });
      replied = true;
      // Pay charts (CHARTS=image): uploaded into the thread after the answer, where the answer went.
      await ctx.charts?.upload(client, answer, { channel, thread_ts });
    } catch (error) {
      ctx.logger.error(`message.im failed: ${(error as Error).stack ?? error}`);
      await status.settle();
      replied = await client.chat.postMessage({ channel, thread_ts, ...failureMessage(error) }).then(
        () => true,
        () => replied,
      );
    } finally {
      await status.finish(replied);
    }
  };
}

/** The app's Messages tab was opened: suggested prompts for this person (agent messaging, no thread). */
async function messagesTabOpened(
  ctx: SlackContext,
  client: AllMiddlewareArgs["client"],
  event: { user: string; channel: string },
): Promise<void> {
  const prefs = await ctx.assistant.store.user(event.user).catch((error: Error) => {
    ctx.logger.warn(
      `preferences for ${event.user} unavailable, suggesting the general prompts: ${error.message}`,
    );
    return undefined;
  });
  await client.assistant.threads
    .setSuggestedPrompts({
      channel_id: event.channel,
      title: "Try asking",
      prompts: suggestedPrompts(ctx.assistant.kb, prefs),
    })
    .catch((error: Error) =>
      ctx.logger.warn(`suggested prompts in ${event.channel} failed: ${error.message}`),
    );
}

export function appHomeOpened(ctx: SlackContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab === "messages") return messagesTabOpened(ctx, client, event);
    if (event.tab !== "home") return;
    const { store } = ctx.assistant;
    // Noted so that later changes refresh it (see refreshOpenedHome); if it cannot be noted, Home still opens.
    if (!(await store.user(event.user).catch(() => undefined))?.homeOpened)
      await store
        .updateUser(event.user, (user) => ({ ...user, homeOpened: true }))
        .catch((error: Error) => ctx.logger.warn(`App Home opened by ${event.user}: ${error.message}`));
    await refreshHome(ctx, client, event.user);
  };
}

/**
 * The app was uninstalled from a workspace, or its bot token revoked: its installation and everything kept
 * for that workspace (preferences, ticks, subscriptions, threads) are deleted.
 */
export function workspaceLeft(ctx: SlackContext) {
  return async ({ body }: { body: unknown }) => {
    const teamId = (body as { team_id?: string }).team_id;
    const event = (body as { event?: { type?: string; tokens?: { bot?: string[] } } }).event;
    // A revoked user token (someone who authorised the app) leaves the bot working; only the bot's matters.
    if (event?.type === "tokens_revoked" && !event.tokens?.bot?.length) return;
    if (!teamId) return;
    await ctx.assistant.store.forgetWorkspace(teamId);
    ctx.logger.info(`${event?.type}: forgot workspace ${teamId} and everything kept for it`);
  };
}

export function registerEvents(app: App, ctx: SlackContext): void {
  app.event("app_uninstalled", workspaceLeft(ctx));
  app.event("tokens_revoked", workspaceLeft(ctx));
  app.event("app_mention", appMention(ctx));
  app.event("app_home_opened", appHomeOpened(ctx));
  app.event("app_context_changed", async ({ event }) => ctx.viewing?.changed(event));
  app.message(directMessage(ctx));
}
