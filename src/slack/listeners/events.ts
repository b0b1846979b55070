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
      const { answer } = await replyToSlack(ctx, text, { userId: event.user, channelId: event.channel });
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts,
        ...renderMessage(answer, { roles: ctx.roles }),
      });
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
      const { answer } = await replyToSlack(ctx, message.text ?? "", {
        userId: message.user,
        channelId: message.channel,
      });
      await client.chat.postMessage({
        channel: message.channel,
        ...renderMessage(answer, { roles: ctx.roles }),
      });
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
    await refreshHome(ctx, client, event.user);
  };
}

export function registerEvents(app: App, ctx: SlackContext): void {
  app.event("app_mention", appMention(ctx));
  app.event("app_home_opened", appHomeOpened(ctx));
  app.message(directMessage(ctx));
}
