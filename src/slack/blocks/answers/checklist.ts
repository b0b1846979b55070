import type { KnownBlock } from "@slack/types";
import type { Checklist } from "../../../advisor/answers.js";
import { progressBar } from "../../../render/plain-text.js";
import { skillsCheckId } from "../ids.js";
import { clip, context, esc, header, limits, option, sections } from "../kit.js";

/* A role's skills as checkboxes, ticked as they are learned. */

export function checklistBlocks(a: Checklist): KnownBlock[] {
  return [
    header(`${a.role.name} skills checklist`),
    ...sections(
      `*Progress:* \`${progressBar(a.done, a.total)}\`${a.usedPreferences.length ? `\n_Using ${esc(a.usedPreferences.join(" and "))}._` : ""}`,
    ),
    ...a.groups.flatMap((g): KnownBlock[] => {
      const chunks: (typeof g.items)[] = [];
      for (let i = 0; i < g.items.length; i += limits.checkboxOptions)
        chunks.push(g.items.slice(i, i + limits.checkboxOptions));
      const done = g.items.filter((i) => i.done).length;
      return [
        ...sections(`*${esc(g.label)}* — ${done}/${g.items.length}`),
        {
          type: "actions",
          block_id: clip(`checklist|${a.role.id}|${g.group}`, limits.id),
          elements: chunks.map((items, chunk) => {
            const options = items.map((i) => option(i.text, i.id));
            const initial = options.filter((_, k) => items[k]?.done);
            return {
              type: "checkboxes" as const,
              action_id: clip(skillsCheckId(a.role.id, g.group, chunk), limits.id),
              options,
              ...(initial.length ? { initial_options: initial } : {}),
            };
          }),
        },
      ];
    }),
    ...context(["Ticks are saved as you go, and `/career gap` leaves out what you have ticked."]),
  ];
}
