import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { renderMessage } from "../blocks/render.js";
import { failureMessage, replyToSlack, type SlackContext } from "../context.js";

/** `/career …`: acknowledged at once, answered privately (or in the channel, if the user chose so). */
export function careerCommand(ctx: SlackContext) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    try {
      const who = { userId: command.user_id, channelId: command.channel_id };
      const { answer, visibility, text, changedPreferences } = await replyToSlack(ctx, command.text, who);
      const message = renderMessage(answer, {
        command: text,
        shareable: visibility === "private",
        roles: ctx.roles,
      });
      await respond({ response_type: visibility === "channel" ? "in_channel" : "ephemeral", ...message });
      if (changedPreferences) ctx.home.schedule(client, command.user_id);
    } catch (error) {
      ctx.logger.error(`/career failed: ${(error as Error).stack ?? error}`);
      await respond({ response_type: "ephemeral", ...failureMessage(error) }).catch(() => undefined);
    }
  };
}

export function registerCommands(app: App, ctx: SlackContext): void {
  app.command("/career", careerCommand(ctx));
}
