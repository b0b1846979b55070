import type { FeedbackButtonsAction } from "@slack/bolt";
import { decodeFeedback } from "../../blocks/feedback-buttons.js";
import { currentTeam } from "../../workspaces/workspace-scope.js";
import type { SlackContext } from "../deps.js";
import type { ActionArgs } from "./action-args.js";

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
      await ctx.services.store
        .recordFeedback({
          at: ctx.services.clock().toISOString(),
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
