import type { KnownBlock, TableBlock } from "@slack/types";
import type { Comparison } from "../../advisor/answers.js";
import { citationText } from "../../knowledge/core/figure-text.js";
import { clip } from "./kit.js";

/** Slack's limits for the table block: rows, and cells in a row. */
export const tableLimits = { rows: 100, cells: 20 } as const;
/** A cell holds a line or two, not a paragraph: the sections below the table say the rest. */
const cellLength = 200;

type Cell = { type: "raw_text"; text: string };
const cell = (text: string): Cell => ({ type: "raw_text", text: clip(text.trim() || "—", cellLength) });

/**
 * A comparison as a table: a column per role, a row per topic (pay, outlook, education, experience, the
 * skills only that role needs). Raw text cells, which Slack shows as typed: no markup, so no pings. The
 * same facts are in the sections and the text fallback.
 */
export function comparisonTable(a: Comparison): TableBlock {
  const roles = a.roles.slice(0, tableLimits.cells - 1);
  const topic = (name: string) => a.rows.find((r) => r.topic === name)?.values ?? [];
  const pay = roles.map((r) => {
    const p = a.pay.find((x) => x.role.id === r.id);
    const first = p?.figures[0];
    if (!first) return p?.missing ?? "—";
    return `${first.value} (${first.label}; ${citationText(first.citation)})`;
  });
  const rows: [string, string[]][] = [
    ["Pay", pay],
    ["Outlook", topic("Outlook")],
    ["Education", topic("Education")],
    ["Experience", topic("Experience")],
    [
      "Skills only this role needs",
      roles.map((r) =>
        (a.distinctSkills.find((d) => d.role.id === r.id)?.items ?? []).slice(0, 5).join(", "),
      ),
    ],
  ];
  return {
    type: "table",
    column_settings: [{ is_wrapped: true }, ...roles.map(() => ({ is_wrapped: true }))],
    rows: [
      [cell("Topic"), ...roles.map((r) => cell(r.name))],
      ...rows
        .filter(([, values]) => values.some((v) => v && v !== "—"))
        .slice(0, tableLimits.rows - 1)
        .map(([name, values]) => [cell(name), ...roles.map((_, i) => cell(values[i] ?? "—"))]),
    ],
  };
}

/**
 * Slack takes one table in a message (`only_one_table_allowed`): a message holding two comparisons keeps
 * the first one's table. Nothing is lost: each comparison's sections below its table say the same.
 */
export function firstTableOnly(blocks: KnownBlock[]): KnownBlock[] {
  const first = blocks.findIndex((b) => b.type === "table");
  return blocks.filter((b, i) => b.type !== "table" || i === first);
}
