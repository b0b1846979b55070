import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  CheckboxesAction,
  FeedbackButtonsAction,
  RespondFn,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
} from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { skillId, skillLists } from "../../advisor/answer-parts.js";
import { saveTicks } from "../../conversation/reply.js";
import { decodeFeedback } from "../blocks/feedback-buttons.js";
import { limits } from "../blocks/kit.js";
import { prefsModal } from "../blocks/prefs-modal.js";
import { renderMessage } from "../blocks/render.js";
import { failureMessage, replyToSlack, type SlackContext } from "../context.js";
import { ids, parseSkillsCheckId } from "../ids.js";
import { currentTeam } from "../workspace.js";

type ActionArgs<A extends BlockAction["actions"][number]> = SlackActionMiddlewareArgs<BlockAction<A>> &
  AllMiddlewareArgs;

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
    const { answer, text: command, changedPreferences } = await replyToSlack(ctx, text, who);
    const message = renderMessage(answer, {
      command,
      shareable: body.channel !== undefined,
      roles: ctx.roles,
      nativeCharts: ctx.nativeCharts === true,
    });
    // Pay charts: an image block (PUBLIC_URL) under a message; uploaded after the answer in the app's DM.
    if (body.response_url) {
      const charted = ctx.charts ? await ctx.charts.withImage(answer, message) : message;
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
    await answerClick(ctx, body, respond, client, action.value ?? "help");
  };
}

/** "Share in channel": the same answer, posted for everyone through the command's response URL. */
export function shareButton(ctx: SlackContext) {
  return async ({ ack, body, action, respond, client }: ActionArgs<ButtonAction>) => {
    await ack();
    const channelId = body.channel?.id ?? body.user.id;
    const { answer } = await replyToSlack(ctx, action.value ?? "help", {
      userId: body.user.id,
      channelId,
    });
    // Pay charts: in the shared message when PUBLIC_URL is set (works in channels the bot is not in);
    // otherwise uploaded into the channel after it.
    const message = renderMessage(answer, { roles: ctx.roles, nativeCharts: ctx.nativeCharts === true });
    const charted = ctx.charts ? await ctx.charts.withImage(answer, message) : message;
    await respond({ response_type: "in_channel", replace_original: false, ...charted });
    if (charted === message) await ctx.charts?.upload(client, answer, { channel: channelId });
  };
}

/** "Compare with…" under a role card: compares the role shown with the one picked. */
export function compareWithSelect(ctx: SlackContext) {
  return async ({ ack, body, action, respond, client }: ActionArgs<StaticSelectAction>) => {
    await ack();
    const shown = ctx.assistant.kb.roleById.get(action.block_id.split("|")[1] ?? "");
    const picked = ctx.assistant.kb.roleById.get(action.selected_option.value);
    if (!shown || !picked) return;
    await answerClick(ctx, body, respond, client, `compare "${shown.name}" "${picked.name}"`);
  };
}

/** A tick in a skills checklist: saved at once, and the checklist re-rendered with the new progress. */
export function skillsCheckboxes(ctx: SlackContext) {
  return async ({ ack, body, action, respond, client }: ActionArgs<CheckboxesAction>) => {
    await ack();
    const where = parseSkillsCheckId(action.action_id);
    const role = where ? ctx.assistant.kb.roleById.get(where.roleId) : undefined;
    const group = role && where ? skillLists(role).find((g) => g.group === where.group) : undefined;
    if (!role || !where || !group) return;
    const start = where.chunk * limits.checkboxOptions;
    const shown = group.items.slice(start, start + limits.checkboxOptions).map(skillId);
    try {
      const selected = action.selected_options.flatMap((o) => (o.value ? [o.value] : []));
      await saveTicks(ctx.assistant, body.user.id, shown, selected);
      ctx.insights?.ticked(selected, { userId: body.user.id, teamId: currentTeam() });
      const who = { userId: body.user.id, channelId: body.channel?.id ?? body.user.id };
      const { answer } = await replyToSlack(ctx, `skills ${role.name}`, who);
      if ((body.container as { is_ephemeral?: boolean }).is_ephemeral === true)
        await respond({ replace_original: true, ...renderMessage(answer, { roles: ctx.roles }) });
      else if (answer.kind === "checklist")
        // A checklist in a shared thread is everyone's: confirm privately instead of redrawing it.
        await respond({
          response_type: "ephemeral",
          replace_original: false,
          text: `Saved. You have ticked ${answer.done} of ${answer.total} ${role.name} skills.`,
        });
      ctx.home.schedule(client, body.user.id);
    } catch (error) {
      ctx.logger.error(`saving ticks failed: ${(error as Error).stack ?? error}`);
      await respond({ response_type: "ephemeral", replace_original: false, ...failureMessage(error) }).catch(
        () => undefined,
      );
    }
  };
}

/** "Edit preferences": opens the preferences modal. */
export function openPrefsButton(ctx: SlackContext) {
  return async ({ ack, body, client }: ActionArgs<ButtonAction>) => {
    await ack();
    await client.views.open({
      trigger_id: body.trigger_id,
      view: prefsModal(ctx.assistant.kb, await ctx.assistant.store.user(body.user.id)),
    });
  };
}

const thanks = {
  positive: "Thanks for the 👍. Glad it helped.",
  negative:
    "Thanks for the 👎. It is noted (without your name) so the answer can be checked and improved. If you rephrase the question, I'll try again.",
};

/**
 * 👍 / 👎 under an answer: acknowledged at once, thanked privately (only the person who clicked sees it,
 * in the answer's thread), and recorded without who clicked: the kind of answer, its roles, the knowledge's
 * version and, for a 👎 while INSIGHTS is on, the question's words (all carried in the button's value).
 */
export function feedbackButtons(ctx: SlackContext) {
  return async ({ ack, body, action, client }: ActionArgs<FeedbackButtonsAction>) => {
    await ack();
    const read = decodeFeedback(action.value ?? "");
    const channel = body.channel?.id ?? body.container?.channel_id;
    const message = body.message as { ts?: string; thread_ts?: string } | undefined;
    const thread_ts = message?.thread_ts ?? body.container?.thread_ts;
    if (read) {
      const { value, subject } = read;
      const team = currentTeam();
      await ctx.assistant.store
        .recordFeedback({
          at: ctx.assistant.clock().toISOString(),
          value,
          kind: subject.kind,
          roles: subject.roles,
          knowledge: subject.knowledge,
          ...(value === "negative" && ctx.feedbackQuestions && subject.question
            ? { question: subject.question }
            : {}),
          ...(team ? { team } : {}),
        })
        .catch((error: Error) => ctx.logger.warn(`feedback not recorded: ${error.message}`));
      ctx.metrics?.feedback(subject.kind, value);
    } else ctx.logger.warn(`feedback button with an unreadable value from ${body.user.id}`);
    if (!channel) return;
    await client.chat
      .postEphemeral({
        channel,
        user: body.user.id,
        ...(thread_ts ? { thread_ts } : {}),
        text: read ? thanks[read.value] : "Thanks for the feedback.",
      })
      .catch((error: Error) => ctx.logger.warn(`thanking for feedback failed: ${error.message}`));
  };
}

export function registerActions(app: App, ctx: SlackContext): void {
  app.action<BlockAction<FeedbackButtonsAction>>(ids.feedback, feedbackButtons(ctx));
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ids.runCommand}_\\d+$`), runCommandButton(ctx));
  app.action<BlockAction<ButtonAction>>(ids.share, shareButton(ctx));
  app.action<BlockAction<StaticSelectAction>>(ids.compareWith, compareWithSelect(ctx));
  app.action<BlockAction<CheckboxesAction>>(new RegExp(`^${ids.skillsCheck}\\|`), skillsCheckboxes(ctx));
  app.action<BlockAction<ButtonAction>>(ids.openPrefs, openPrefsButton(ctx));
}
