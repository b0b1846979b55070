import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import { renderMessage } from "../blocks/render.js";
import { failureMessage, refreshHome, replyToSlack, type SlackContext } from "../context.js";

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
      const { answer } = await replyToSlack(
        ctx,
        text,
        { userId: event.user, channelId: event.channel },
        { key: `${event.channel}:${thread_ts}`, fresh: event.thread_ts === undefined },
      );
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts,
        ...renderMessage(answer, { roles: ctx.roles }),
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

/** A direct message to the bot: answered in the DM. Messages from bots, edits and other subtypes are ignored. */
export function directMessage(ctx: SlackContext) {
  return async ({ message, client }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs) => {
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id || !message.user)
      return;
    try {
      // A DM is one running conversation (or a thread within it, if the person replies in one).
      const threadTs = (message as { thread_ts?: string }).thread_ts;
      const { answer } = await replyToSlack(
        ctx,
        message.text ?? "",
        { userId: message.user, channelId: message.channel },
        { key: `${message.channel}:${threadTs ?? "dm"}`, fresh: false },
      );
      await client.chat.postMessage({
        channel: message.channel,
        ...renderMessage(answer, { roles: ctx.roles }),
      });
      // Pay charts: uploaded into the DM after the answer, where the answer went.
      await ctx.charts?.upload(client, answer, { channel: message.channel });
    } catch (error) {
      ctx.logger.error(`message.im failed: ${(error as Error).stack ?? error}`);
      await client.chat
        .postMessage({ channel: message.channel, ...failureMessage(error) })
        .catch(() => undefined);
    }
  };
}

export function appHomeOpened(ctx: SlackContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
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
  app.message(directMessage(ctx));
}
