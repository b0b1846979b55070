import type { CheckboxesAction } from "@slack/bolt";
import { skillId, skillLists } from "../../../advisor/parts/answer-parts.js";
import { saveTicks } from "../../../conversation/reply.js";
import { parseSkillsCheckId } from "../../blocks/ids.js";
import { limits } from "../../blocks/kit.js";
import { renderMessage } from "../../blocks/message.js";
import { currentTeam } from "../../workspaces/workspace-scope.js";
import { failureMessage, replyToSlack } from "../answer.js";
import type { SlackContext } from "../deps.js";
import type { ActionArgs } from "./action-args.js";

/** A tick in a skills checklist: saved at once, and the checklist re-rendered with the new progress. */
export function skillsCheckboxes(ctx: SlackContext) {
  return async ({ ack, body, action, respond, client }: ActionArgs<CheckboxesAction>) => {
    await ack();
    const where = parseSkillsCheckId(action.action_id);
    const role = where ? ctx.services.kb.roleById.get(where.roleId) : undefined;
    const group = role && where ? skillLists(role).find((g) => g.group === where.group) : undefined;
    if (!role || !where || !group) return;
    const start = where.chunk * limits.checkboxOptions;
    const shown = group.items.slice(start, start + limits.checkboxOptions).map(skillId);
    try {
      const selected = action.selected_options.flatMap((o) => (o.value ? [o.value] : []));
      await saveTicks(ctx.services, body.user.id, shown, selected);
      ctx.insights?.ticked(selected, { userId: body.user.id, teamId: currentTeam() });
      const who = { userId: body.user.id, channelId: body.channel?.id ?? body.user.id };
      const { answer } = await replyToSlack(ctx, `skills ${role.name}`, who);
      if ((body.container as { is_ephemeral?: boolean }).is_ephemeral === true)
        await respond({ replace_original: true, ...renderMessage(answer, { roles: ctx.roles }) });
      else if (answer.kind === "checklist")
        // A checklist in a shared thread is everyone's: confirm privately instead of redrawing it.
        await respond({
          response_type: "ephemeral",
          replace_original: false,
          text: `Saved. You have ticked ${answer.done} of ${answer.total} ${role.name} skills.`,
        });
      ctx.home.schedule(client, body.user.id);
    } catch (error) {
      ctx.logger.error(`saving ticks failed: ${(error as Error).stack ?? error}`);
      await respond({ response_type: "ephemeral", replace_original: false, ...failureMessage(error) }).catch(
        () => undefined,
      );
    }
  };
}
