import type { KnownBlock } from "@slack/types";
import type { Citation, FigureView } from "../../../advisor/answers.js";
import { citationText } from "../../../knowledge/core/figure-text.js";
import { context, esc, link, sections } from "../kit.js";

export const bullets = (items: string[]) => items.map((i) => `• ${esc(i)}`).join("\n");
export const figureText = (f: FigureView) =>
  `${f.highlight ? "*" : ""}${esc(f.label)}: ${esc(f.value)}${f.highlight ? "*" : ""}${f.baseOnly ? " _(base pay only)_" : ""}`;
export const figureField = (title: string, f: FigureView) =>
  `*${esc(title)}*\n${esc(f.value)}${f.highlight ? "  ⬅" : ""}\n_${esc(citationText(f.citation))}_`;
export const sourceLine = (cs: Citation[]) =>
  context(
    cs.length
      ? [
          `Sources: ${cs.map((c) => (c.url ? link(c.url, citationText(c)) : esc(citationText(c)))).join(" · ")}`,
        ]
      : [],
  );

/** The differences the knowledge spells out between two roles, with their source. */
export function keyDifferences(
  curated: { differences: { topic: string; text: string }[]; citation: Citation } | undefined,
): KnownBlock[] {
  if (!curated) return [];
  return sections(
    `*Key differences* _(${esc(citationText(curated.citation))})_\n${curated.differences.map((d) => `• *${esc(d.topic)}:* ${esc(d.text)}`).join("\n")}`,
  );
}
