import type { App } from "@slack/bolt";
import { ids } from "../../blocks/ids.js";
import type { SlackContext } from "../deps.js";
import { prefsSubmitted } from "./prefs-submitted.js";

export function registerViews(app: App, ctx: SlackContext): void {
  app.view(ids.prefsModal, prefsSubmitted(ctx));
}
