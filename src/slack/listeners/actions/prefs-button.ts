import type { ButtonAction } from "@slack/bolt";
import { prefsModal } from "../../blocks/prefs-modal.js";
import type { SlackContext } from "../deps.js";
import type { ActionArgs } from "./action-args.js";

/** "Edit preferences": opens the preferences modal. */
export function openPrefsButton(ctx: SlackContext) {
  return async ({ ack, body, client }: ActionArgs<ButtonAction>) => {
    await ack();
    await client.views.open({
      trigger_id: body.trigger_id,
      view: prefsModal(ctx.services.kb, await ctx.services.store.user(body.user.id)),
    });
  };
}
