import type { Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { notice } from "../advisor/answer-parts.js";
import type { Answer, RoleRef } from "../advisor/answers.js";
import { type Asker, type Assistant, type Conversation, type Reply, reply } from "../conversation/reply.js";
import { feedbackReport } from "../insights/feedback-report.js";
import { type OperatorReport, operatorReport } from "../insights/operator-report.js";
import { answerKind, insightLifetimeMs, rolesOf } from "../insights/record.js";
import type { InsightRecorder } from "../insights/recorder.js";
import { fingerprintOf } from "../knowledge/fingerprint.js";
import type { Metrics } from "../runtime/metrics.js";
import { noteAnswer } from "../runtime/request-context.js";
import { StoreUnavailableError } from "../store/store.js";
import type { FeedbackSubject } from "./blocks/feedback-buttons.js";
import { homeView } from "./blocks/home.js";
import { unescapeSlack } from "./blocks/kit.js";
import { type RenderOptions, renderMessage, type SlackMessage } from "./blocks/render.js";
import type { SlackCharts } from "./charts.js";
import type { ViewedChannels } from "./viewing.js";
import { currentTeam } from "./workspace.js";

/** What every listener needs. */
export interface SlackContext {
  assistant: Assistant;
  roles: RoleRef[];
  logger: Logger;
  home: HomeRefresher;
  /** PNG pay charts for salary answers and comparisons (image block or upload): CHARTS=image only. */
  charts?: SlackCharts;
  /** Pay charts Slack draws (data_visualization blocks in the answer): CHARTS=native. */
  nativeCharts?: boolean;
  /** The anonymous record of what is asked; absent in tests that do not need it. */
  insights?: InsightRecorder;
  /** Who sees the operator's report on App Home (ADMIN_USER_IDS). */
  admins?: ReadonlySet<string>;
  /** A 👎 keeps the question's words (INSIGHTS on); else only what kind of answer it was. */
  feedbackQuestions?: boolean;
  /** Prometheus metrics (METRICS_PORT set). */
  metrics?: Metrics;
  /** The channel each person is looking at (app_context_changed). */
  viewing?: ViewedChannels;
}

/** What a 👍 / 👎 under this answer is about (never who asked). */
export function feedbackFor(ctx: SlackContext, answer: Answer, question: string): FeedbackSubject {
  return {
    kind: answerKind(answer),
    roles: rolesOf(answer),
    knowledge: fingerprintOf(ctx.assistant.kb).version,
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
 * Answers text that came from Slack. Slack escapes &, < and > in what it sends (and so do our button
 * values), so the text is decoded once here; the renderers escape everything again on the way out.
 */
export function replyToSlack(
  ctx: SlackContext,
  slackText: string,
  who: Asker,
  conversation?: Conversation,
): Promise<Reply & { text: string }> {
  const text = unescapeSlack(slackText);
  return reply(ctx.assistant, text, who, conversation).then((r) => {
    ctx.insights?.answered(r.answer, text, { userId: who.userId, teamId: currentTeam() });
    noteAnswer(r.answer); // the request's answer kind, for its log lines and metrics
    return { ...r, text };
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

/** The operator's report for the people named in ADMIN_USER_IDS; nothing for anyone else. */
async function adminReport(ctx: SlackContext, userId: string): Promise<OperatorReport | undefined> {
  if (!ctx.admins?.has(userId)) return undefined;
  const now = ctx.assistant.clock();
  // This workspace's questions only: with OAuth installs, an admin of one never sees another's.
  const since = new Date(now.getTime() - insightLifetimeMs);
  const [records, feedback] = await Promise.all([
    ctx.assistant.store.insightsSince(since, currentTeam()),
    ctx.assistant.store.feedbackSince(since, currentTeam()),
  ]);
  return { ...operatorReport(records, now), feedback: feedbackReport(feedback) };
}

export async function refreshHome(ctx: SlackContext, client: WebClient, userId: string): Promise<void> {
  try {
    await client.views.publish({
      user_id: userId,
      view: homeView(
        ctx.assistant.kb,
        await ctx.assistant.store.user(userId),
        await adminReport(ctx, userId),
      ),
    });
  } catch (error) {
    ctx.logger.warn(`views.publish failed for ${userId}: ${(error as Error).message}`);
  }
}

/**
 * App Home after a change, for someone who has opened it. Anyone else has no Home view to bring up to date:
 * the first time they open it, `app_home_opened` publishes it with their state as it is then. So a
 * preference write or a tick costs no `views.publish` (and no Home view rendered) for most people. A
 * change that leaves no record at all is `prefs reset`, which also forgot that Home was opened: the empty
 * Home is published, so that a Home on screen never shows what was deleted.
 */
export async function refreshOpenedHome(ctx: SlackContext, client: WebClient, userId: string): Promise<void> {
  const user = await ctx.assistant.store.user(userId);
  if (!user || user.homeOpened) await refreshHome(ctx, client, userId);
}

/**
 * Republishes App Home after a user's changes, once per short window: ticking five boxes in a row sends
 * one `views.publish` with the latest state, not five. `flush` publishes whatever is still waiting.
 */
export class HomeRefresher {
  private readonly waiting = new Map<string, { timer: NodeJS.Timeout; client: WebClient }>();

  constructor(
    private readonly publish: (client: WebClient, userId: string) => Promise<void>,
    private readonly delayMs = 500,
  ) {}

  schedule(client: WebClient, userId: string): void {
    if (this.waiting.has(userId)) return;
    const timer = setTimeout(() => {
      this.waiting.delete(userId);
      void this.publish(client, userId);
    }, this.delayMs);
    this.waiting.set(userId, { timer, client });
  }

  async flush(): Promise<void> {
    const due = [...this.waiting.entries()];
    this.waiting.clear();
    await Promise.all(
      due.map(([userId, { timer, client }]) => {
        clearTimeout(timer);
        return this.publish(client, userId);
      }),
    );
  }
}
