import type { AllMiddlewareArgs, RespondArguments, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { noteAnswer } from "../../../runtime/request-context.js";
import { parseCommand } from "../../../understanding/command-grammar.js";
import { unescapeSlack } from "../../blocks/kit.js";
import { renderMessage } from "../../blocks/message.js";
import { currentTeam } from "../../workspaces/workspace-scope.js";
import { failureMessage, replyToSlack, withChartImage } from "../answer.js";
import type { SlackContext } from "../deps.js";
import { AnswerCache, readsOnlyKnowledgeAndRecord, withRecord } from "./answer-cache.js";

/**
 * How long an answer may take and still travel in the acknowledgement. Slack gives the ack 3 seconds,
 * network both ways included, and a busy event loop fires timers late; a second leaves room for both,
 * while answers take milliseconds (under load, p99 well under 100 ms).
 */
export const ackBudgetMs = 1000;

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** The answer to `/career …` as Slack takes it in an ack or a response URL; failures become an apology. */
async function answerCommand(
  ctx: SlackContext,
  cache: AnswerCache,
  { command, client }: CommandArgs,
): Promise<RespondArguments> {
  try {
    const who = { userId: command.user_id, channelId: command.channel_id };
    const text = unescapeSlack(command.text);
    const record = await ctx.services.store.user(who.userId);
    const key = cache.forKnowledge(ctx.services.kb.knowledge).key(command.text, record);
    let rendered = cache.get(key);
    // A reused answer is still a question asked (a new one is recorded on its way through `reply`).
    if (rendered) ctx.insights?.answered(rendered.answer, text, { ...who, teamId: currentTeam() });
    if (!rendered) {
      const cacheable = readsOnlyKnowledgeAndRecord(parseCommand(ctx.services.kb, text));
      const answering = cacheable
        ? {
            ...ctx,
            services: { ...ctx.services, store: withRecord(ctx.services.store, who.userId, record) },
          }
        : ctx;
      const { answer, visibility, changedPreferences } = await replyToSlack(answering, text, who);
      if (changedPreferences) ctx.home.schedule(client, command.user_id);
      const message = renderMessage(answer, {
        command: text,
        shareable: visibility === "private",
        roles: ctx.roles,
        nativeCharts: ctx.nativeCharts === true,
      });
      rendered = { answer, message, responseType: visibility === "channel" ? "in_channel" : "ephemeral" };
      if (cacheable) cache.set(key, rendered);
    }
    // Pay charts: a salary answer or comparison gets an image block when PUBLIC_URL is set. Added on every
    // answer, cached or not, so a cached answer never points at a picture the chart cache has let go.
    const { answer, message, responseType } = rendered;
    noteAnswer(answer); // a reused answer too, for the request's metrics and log lines
    const charted = await withChartImage(ctx, answer, message);
    return { response_type: responseType, ...charted };
  } catch (error) {
    ctx.logger.error(`/career failed: ${(error as Error).stack ?? error}`);
    return { response_type: "ephemeral", ...failureMessage(error) };
  }
}

/** The value of `promise` if it settles within `ms`, else undefined. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/career …`, answered privately (or in the channel, if the user chose so). An answer ready within the
 * budget goes in the acknowledgement itself: one HTTP exchange instead of an empty ack and a POST to the
 * response URL. A slow one (a Web API call for the digest, a slow disk) is acknowledged empty at the
 * budget and follows through the response URL.
 */
export function careerCommand(ctx: SlackContext, budgetMs = ackBudgetMs, cache = new AnswerCache()) {
  return async (args: CommandArgs) => {
    const { ack, respond } = args;
    const answering = answerCommand(ctx, cache, args);
    const ready = await within(answering, budgetMs);
    if (ready) return ack(ready);
    await ack();
    const late = await answering;
    try {
      await respond(late);
    } catch (error) {
      ctx.logger.error(`/career failed: answering through the response URL: ${(error as Error).message}`);
      await respond({ response_type: "ephemeral", ...failureMessage(error) }).catch(() => undefined);
    }
  };
}
