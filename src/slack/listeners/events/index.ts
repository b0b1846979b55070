import type { App } from "@slack/bolt";
import type { SlackContext } from "../deps.js";
import { directMessage } from "./direct-message.js";
import { appHomeOpened } from "./home-opened.js";
import { appMention } from "./mention.js";
import { workspaceLeft } from "./workspace-left.js";

export function registerEvents(app: App, ctx: SlackContext): void {
  app.event("app_uninstalled", workspaceLeft(ctx));
  app.event("tokens_revoked", workspaceLeft(ctx));
  app.event("app_mention", appMention(ctx));
  app.event("app_home_opened", appHomeOpened(ctx));
  app.event("app_context_changed", async ({ event }) => ctx.viewing?.changed(event));
  app.message(directMessage(ctx));
}
