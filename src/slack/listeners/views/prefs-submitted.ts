import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { validatePreference, withPreference } from "../../../conversation/reply.js";
import type { PrefKey } from "../../../understanding/command-grammar.js";
import { prefsFields } from "../../blocks/prefs-modal.js";
import type { SlackContext } from "../deps.js";

/** The preferences modal was submitted: every field is validated, saved together, and App Home refreshed. */
export function prefsSubmitted(ctx: SlackContext) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const chosen: Partial<Record<PrefKey, string>> = {};
    const errors: Record<string, string> = {};
    for (const field of prefsFields) {
      const value = view.state.values[field]?.[field]?.selected_option?.value;
      if (!value) continue;
      const checked = validatePreference(ctx.services.kb, field, value);
      if ("problem" in checked) errors[field] = checked.problem.slice(0, 150);
      else chosen[field] = checked.value;
    }
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: "errors", errors });
      return;
    }
    await ack();
    try {
      await ctx.services.store.updateUser(body.user.id, (u) =>
        Object.entries(chosen).reduce((r, [key, value]) => withPreference(r, key as PrefKey, value), u),
      );
    } catch (error) {
      ctx.logger.error(`saving preferences failed: ${(error as Error).stack ?? error}`);
      await client.chat
        .postMessage({
          channel: body.user.id,
          text: "I could not save your preferences just now; please try again later.",
        })
        .catch(() => undefined);
    }
    ctx.home.schedule(client, body.user.id);
  };
}
