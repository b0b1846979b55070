import type { WebClient } from "@slack/web-api";
import { feedbackReport } from "../../insights/feedback-report.js";
import { type OperatorReport, operatorReport } from "../../insights/operator-report.js";
import { insightLifetimeMs } from "../../insights/record.js";
import { homeView } from "../blocks/home.js";
import { currentTeam } from "../workspaces/workspace-scope.js";
import type { SlackContext } from "./deps.js";

/** The operator's report for the people named in ADMIN_USER_IDS; nothing for anyone else. */
async function adminReport(ctx: SlackContext, userId: string): Promise<OperatorReport | undefined> {
  if (!ctx.admins?.has(userId)) return undefined;
  const now = ctx.services.clock();
  // This workspace's questions only: with OAuth installs, an admin of one never sees another's.
  const since = new Date(now.getTime() - insightLifetimeMs);
  const [records, feedback] = await Promise.all([
    ctx.services.store.insightsSince(since, currentTeam()),
    ctx.services.store.feedbackSince(since, currentTeam()),
  ]);
  return { ...operatorReport(records, now), feedback: feedbackReport(feedback) };
}

export async function refreshHome(ctx: SlackContext, client: WebClient, userId: string): Promise<void> {
  try {
    await client.views.publish({
      user_id: userId,
      view: homeView(ctx.services.kb, await ctx.services.store.user(userId), await adminReport(ctx, userId)),
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
  // Run from a timer after the change, where nothing awaits it: a store that fails here (the database
  // down) is logged, never left as an unhandled rejection, which would stop the process.
  try {
    const user = await ctx.services.store.user(userId);
    if (!user || user.homeOpened) await refreshHome(ctx, client, userId);
  } catch (error) {
    ctx.logger.warn(`App Home not brought up to date for ${userId}: ${(error as Error).message}`);
  }
}
