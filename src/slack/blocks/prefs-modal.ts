import type { View } from "@slack/types";
import { placesWithFigures } from "../../conversation/reply.js";
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { UserRecord } from "../../store/records.js";
import { ids } from "./ids.js";
import { option } from "./kit.js";

export const prefsFields = ["location", "level", "role", "visibility"] as const;

/** The preferences modal: one select per preference, each optional, pre-filled with what is saved. */
export function prefsModal(kb: KnowledgeBase, record: UserRecord | undefined): View {
  const choices: Record<
    (typeof prefsFields)[number],
    { label: string; options: ReturnType<typeof option>[] }
  > = {
    location: { label: "Location", options: placesWithFigures(kb).map((p) => option(p.name, p.id)) },
    level: { label: "Level", options: kb.knowledge.levels.map((l) => option(l.name, l.id)) },
    role: {
      label: "Target role",
      options: kb.knowledge.roles.slice(0, 100).map((r) => option(r.name, r.id)),
    },
    visibility: {
      label: "Who sees my answers",
      options: [option("Only me", "private"), option("Everyone in the channel", "channel")],
    },
  };
  return {
    type: "modal",
    callback_id: ids.prefsModal,
    title: { type: "plain_text", text: "Your preferences" },
    submit: { type: "plain_text", text: "Save" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: prefsFields.map((field) => {
      const { label, options } = choices[field];
      const current = options.find(
        (o) => o.value === (record?.[field] ?? (field === "visibility" ? "private" : undefined)),
      );
      return {
        type: "input",
        block_id: field,
        optional: true,
        label: { type: "plain_text", text: label },
        element: {
          type: "static_select",
          action_id: field,
          placeholder: { type: "plain_text", text: `Choose ${label.toLowerCase()}` },
          options,
          ...(current ? { initial_option: current } : {}),
        },
      };
    }),
  };
}
