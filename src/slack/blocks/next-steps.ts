import type { KnownBlock } from "@slack/types";
import type { Answer, RoleRef } from "../../advisor/answers.js";
import { ids } from "./ids.js";
import { button, clip, limits, option } from "./kit.js";

/** What a next-step button says: the action in words, then what it applies to ("Pay · mle"). */
const actionNames = new Map([
  ["role", "About"],
  ["compare", "Compare"],
  ["salary", "Pay"],
  ["skills", "Skills checklist"],
  ["path", "Career path"],
  ["gap", "Skill gap"],
  ["trends", "Trends"],
  ["roles", "All roles"],
  ["help", "Help"],
  ["prefs", "My preferences"],
  ["ask", "Ask"],
  ["digest", "Digest"],
]);

export function buttonLabel(command: string): string {
  const [verb = "", ...rest] = command.trim().split(/\s+/);
  const name = actionNames.get(verb.toLowerCase());
  if (!name) return command;
  return rest.length ? `${name} · ${rest.join(" ")}` : name;
}

function followupButtons(followups: string[], extra: ReturnType<typeof button>[] = []): KnownBlock[] {
  const buttons = followups
    .slice(0, 5)
    .map((command, i) =>
      button({ text: buttonLabel(command), actionId: `${ids.runCommand}_${i}`, value: command }),
    );
  const elements = [...buttons, ...extra].slice(0, limits.actionsElements);
  return elements.length ? [{ type: "actions", elements }] : [];
}

function compareSelect(role: RoleRef, roles: RoleRef[] | undefined) {
  const others = (roles ?? []).filter((r) => r.id !== role.id).slice(0, limits.selectOptions);
  if (others.length === 0) return [];
  return [
    {
      type: "static_select" as const,
      action_id: ids.compareWith,
      placeholder: { type: "plain_text" as const, text: "Compare with…" },
      options: others.map((r) => option(r.name, r.id)),
    },
  ];
}

/** The buttons under an answer: its next steps, "Edit preferences", "Share in channel", "Compare with…". */
export function nextStepBlocks(
  a: Answer,
  o: { command?: string; shareable?: boolean; roles?: RoleRef[] },
): KnownBlock[] {
  const share =
    o.shareable && o.command !== undefined
      ? [button({ text: "Share in channel", actionId: ids.share, value: o.command })]
      : [];
  const prefs =
    a.kind === "prefs"
      ? [button({ text: "Edit preferences", actionId: ids.openPrefs, value: "open", style: "primary" })]
      : [];
  const followups = a.kind === "role-problem" ? a.options.map((r) => `role ${r.name}`) : a.followups;
  const blocks = followupButtons(followups, [...prefs, ...share]);
  if (a.kind === "role") {
    const select = compareSelect(a.role, o.roles);
    if (select.length)
      blocks.push({
        type: "actions",
        block_id: clip(`${ids.compareWith}|${a.role.id}`, limits.id),
        elements: select,
      });
  }
  return blocks;
}
