import type { SlackContext } from "../deps.js";

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
    await ctx.services.store.forgetWorkspace(teamId);
    ctx.logger.info(`${event?.type}: forgot workspace ${teamId} and everything kept for it`);
  };
}
