import type { Answer } from "../../advisor/answers.js";
import { notice } from "../../advisor/parts/answer-parts.js";
import { type Asker, type Conversation, type Reply, reply } from "../../conversation/reply.js";
import { answerKind, rolesOf } from "../../insights/record.js";
import { fingerprintOf } from "../../knowledge/fingerprint.js";
import { noteAnswer } from "../../runtime/request-context.js";
import { StoreUnavailableError } from "../../store/store.js";
import type { FeedbackSubject } from "../blocks/feedback-buttons.js";
import { type RenderOptions, renderMessage, type SlackMessage } from "../blocks/message.js";
import { currentTeam } from "../workspaces/workspace-scope.js";
import type { SlackContext } from "./deps.js";

/** What a 👍 / 👎 under this answer is about (never who asked). */
export function feedbackFor(ctx: SlackContext, answer: Answer, question: string): FeedbackSubject {
  return {
    kind: answerKind(answer),
    roles: rolesOf(answer),
    knowledge: fingerprintOf(ctx.services.kb).version,
    ...(ctx.feedbackQuestions && question.trim() ? { question: question.replace(/\s+/g, " ").trim() } : {}),
  };
}

/**
 * An answer as posted in a conversation (a mention's thread, a DM, an assistant thread): with the roles for
 * "Compare with…", Slack's own pay charts when CHARTS=native, and 👍 / 👎 about it.
 */
export function conversationMessage(
  ctx: SlackContext,
  answer: Answer,
  question: string,
  options: RenderOptions = {},
): SlackMessage {
  return renderMessage(answer, {
    roles: ctx.roles,
    nativeCharts: ctx.nativeCharts === true,
    feedback: feedbackFor(ctx, answer, question),
    ...options,
  });
}

/**
 * Answers a request from Slack. `text` is what the person wrote: Slack escapes &, < and > in what it sends
 * (and so do our button values), and each listener decodes it once, as it takes the request
 * (`unescapeSlack`); the renderers escape everything again on the way out.
 */
export function replyToSlack(
  ctx: SlackContext,
  text: string,
  who: Asker,
  conversation?: Conversation,
): Promise<Reply> {
  return reply(ctx.services, text, who, conversation).then((r) => {
    ctx.insights?.answered(r.answer, text, { userId: who.userId, teamId: currentTeam() });
    noteAnswer(r.answer); // the request's answer kind, for its log lines and metrics
    return r;
  });
}

/** The friendly answer when something on our side failed; the details go to the log. */
export function failureMessage(error: unknown): SlackMessage {
  const saving = (error as NodeJS.ErrnoException).code;
  const line =
    saving === "ENOSPC" || saving === "EROFS" || saving === "EACCES"
      ? "I could not save that just now (the bot's storage is not writable). Nothing you had saved before is lost; please try again later."
      : error instanceof StoreUnavailableError
        ? "I'm temporarily unavailable: my database cannot be reached. Nothing you had saved is lost, and nothing from this request was saved; please try again in a minute."
        : "Something went wrong on my side while answering. Please try again in a moment.";
  return renderMessage(notice("Sorry", [line], "warning"));
}

/** The message with its pay chart as an image block, where the app serves charts (CHARTS=image, PUBLIC_URL). */
export async function withChartImage(
  ctx: SlackContext,
  answer: Answer,
  message: SlackMessage,
): Promise<SlackMessage> {
  return ctx.charts ? ctx.charts.withImage(answer, message) : message;
}
