import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { suggestedPrompts } from "../assistant/prompts.js";
import type { SlackContext } from "../deps.js";
import { refreshHome } from "../publish-home.js";

/** The app's Messages tab was opened: suggested prompts for this person (agent messaging, no thread). */
async function messagesTabOpened(
  ctx: SlackContext,
  client: AllMiddlewareArgs["client"],
  event: { user: string; channel: string },
): Promise<void> {
  const prefs = await ctx.services.store.user(event.user).catch((error: Error) => {
    ctx.logger.warn(
      `preferences for ${event.user} unavailable, suggesting the general prompts: ${error.message}`,
    );
    return undefined;
  });
  await client.assistant.threads
    .setSuggestedPrompts({
      channel_id: event.channel,
      title: "Try asking",
      prompts: suggestedPrompts(ctx.services.kb, prefs),
    })
    .catch((error: Error) =>
      ctx.logger.warn(`suggested prompts in ${event.channel} failed: ${error.message}`),
    );
}

export function appHomeOpened(ctx: SlackContext) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab === "messages") return messagesTabOpened(ctx, client, event);
    if (event.tab !== "home") return;
    const { store } = ctx.services;
    // Noted so that later changes refresh it (see refreshOpenedHome); if it cannot be noted, Home still opens.
    if (!(await store.user(event.user).catch(() => undefined))?.homeOpened)
      await store
        .updateUser(event.user, (user) => ({ ...user, homeOpened: true }))
        .catch((error: Error) => ctx.logger.warn(`App Home opened by ${event.user}: ${error.message}`));
    await refreshHome(ctx, client, event.user);
  };
}
