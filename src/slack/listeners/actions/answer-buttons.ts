import type { BlockAction, ButtonAction, RespondFn, StaticSelectAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { unescapeSlack } from "../../blocks/kit.js";
import { renderMessage } from "../../blocks/message.js";
import { failureMessage, replyToSlack, withChartImage } from "../answer.js";
import type { SlackContext } from "../deps.js";
import type { ActionArgs } from "./action-args.js";

/**
 * Answers a command on behalf of whoever clicked: privately under the message when there is one, else (App
 * Home) in the app's DM with them.
 */
async function answerClick(
  ctx: SlackContext,
  body: BlockAction,
  respond: RespondFn,
  client: WebClient,
  text: string,
) {
  const channelId = body.channel?.id ?? body.user.id;
  try {
    const who = { userId: body.user.id, channelId };
    const { answer, changedPreferences } = await replyToSlack(ctx, text, who);
    const message = renderMessage(answer, {
      command: text,
      shareable: body.channel !== undefined,
      roles: ctx.roles,
      nativeCharts: ctx.nativeCharts === true,
    });
    // Pay charts: an image block (PUBLIC_URL) under a message; uploaded after the answer in the app's DM.
    if (body.response_url) {
      const charted = await withChartImage(ctx, answer, message);
      await respond({ response_type: "ephemeral", replace_original: false, ...charted });
    } else {
      const posted = await client.chat.postMessage({ channel: body.user.id, ...message });
      if (posted.channel) await ctx.charts?.upload(client, answer, { channel: posted.channel });
    }
    if (changedPreferences) ctx.home.schedule(client, body.user.id);
  } catch (error) {
    ctx.logger.error(`action failed: ${(error as Error).stack ?? error}`);
    if (body.response_url)
      await respond({ response_type: "ephemeral", replace_original: false, ...failureMessage(error) }).catch(
        () => undefined,
      );
  }
}

/** A next-step button ("salary mle", "path dse"…): its value is the command to run. */
export function runCommandButton(ctx: SlackContext) {
  return async ({ ack, body, action, respond, client }: ActionArgs<ButtonAction>) => {
    await ack();
    await answerClick(ctx, body, respond, client, unescapeSlack(action.value ?? "help"));
  };
}

/** "Share in channel": the same answer, posted for everyone through the command's response URL. */
export function shareButton(ctx: SlackContext) {
  return async ({ ack, body, action, respond, client }: ActionArgs<ButtonAction>) => {
    await ack();
    const channelId = body.channel?.id ?? body.user.id;
    const { answer } = await replyToSlack(ctx, unescapeSlack(action.value ?? "help"), {
      userId: body.user.id,
      channelId,
    });
    // Pay charts: in the shared message when PUBLIC_URL is set (works in channels the bot is not in);
    // otherwise uploaded into the channel after it.
    const message = renderMessage(answer, { roles: ctx.roles, nativeCharts: ctx.nativeCharts === true });
    const charted = await withChartImage(ctx, answer, message);
    await respond({ response_type: "in_channel", replace_original: false, ...charted });
    if (charted === message) await ctx.charts?.upload(client, answer, { channel: channelId });
  };
}

/** "Compare with…" under a role card: compares the role shown with the one picked. */
export function compareWithSelect(ctx: SlackContext) {
  return async ({ ack, body, action, respond, client }: ActionArgs<StaticSelectAction>) => {
    await ack();
    const shown = ctx.services.kb.roleById.get(action.block_id.split("|")[1] ?? "");
    const picked = ctx.services.kb.roleById.get(action.selected_option.value);
    if (!shown || !picked) return;
    await answerClick(ctx, body, respond, client, `compare "${shown.name}" "${picked.name}"`);
  };
}
