import type { KnownBlock } from "@slack/types";
import {
  type Comparison,
  type PayComparison,
  type SkillGap,
  sharedSkillsLabel,
} from "../../../advisor/answers.js";
import { citationText } from "../../../knowledge/core/figure-text.js";
import { comparisonTable } from "../comparison-table.js";
import { clip, context, esc, fieldSections, header, sections } from "../kit.js";
import { bullets, figureText, keyDifferences, sourceLine } from "./parts.js";

/* Two roles side by side: a comparison, their pay, and the gap from one to the other. */

export function compareBlocks(a: Comparison): KnownBlock[] {
  const names = a.roles.map((r) => r.name);
  return [
    header(names.join(" vs ")),
    ...(a.note ? context([esc(a.note)]) : []),
    comparisonTable(a),
    ...a.rows.flatMap((row) => [
      ...fieldSections(
        a.roles.map((r, i) => `*${esc(r.name)}*\n${esc(clip(row.values[i] ?? "—", 600))}`),
        `*${esc(row.topic)}*`,
      ),
      ...(row.note ? context([esc(row.note)]) : []),
    ]),
    ...sections(
      [
        `*${sharedSkillsLabel(a)}:* ${esc(a.sharedSkills.join(", ") || "none in common in the knowledge base")}`,
        ...a.partlyShared.map(
          (p) => `*Both ${esc(p.roles.map((r) => r.name).join(" and "))}:* ${esc(p.items.join(", "))}`,
        ),
      ].join("\n"),
    ),
    ...fieldSections(
      a.distinctSkills.map((d) => `*Only ${esc(d.role.name)}*\n${esc(d.items.join(", ") || "—")}`),
    ),
    ...fieldSections(
      a.pay.map(
        (p) =>
          `*${esc(p.role.name)}*\n${p.missing ? esc(p.missing) : p.figures.map((f) => `${esc(f.value)} — ${esc(f.label)} _(${esc(citationText(f.citation))}${f.baseOnly ? "; base pay only" : ""})_`).join("\n")}`,
      ),
      "*Pay*",
    ),
    ...(a.payNote ? context([esc(a.payNote)]) : []),
    ...keyDifferences(a.curated),
    ...sourceLine(a.citations),
  ];
}

export function payCompareBlocks(a: PayComparison): KnownBlock[] {
  return [
    header(`Pay: ${a.roles.map((r) => r.role.name).join(" vs ")}`),
    ...(a.note ? context([esc(a.note)]) : []),
    ...fieldSections(
      a.roles.map(
        (r) => `*${esc(r.role.name)}*\n${r.missing ? esc(r.missing) : r.figures.map(figureText).join("\n")}`,
      ),
    ),
    ...sections(esc(a.verdict)),
    ...sourceLine(a.citations),
  ];
}

export function gapBlocks(a: SkillGap): KnownBlock[] {
  return [
    header(`From ${a.from.name} to ${a.to.name}`),
    ...(a.note ? context([esc(a.note)]) : []),
    ...(a.weighing
      ? [
          ...fieldSections(
            a.weighing.pay.roles.map(
              (r) =>
                `*${esc(r.role.name)}*\n${r.missing ? esc(r.missing) : r.figures.map(figureText).join("\n")}`,
            ),
            "*Pay side by side*",
          ),
          ...sections(esc(a.weighing.pay.verdict)),
          ...fieldSections(
            a.weighing.outlook.map((o) => `*${esc(o.role.name)}*\n${bullets(o.lines)}`),
            "*Outlook side by side*",
          ),
        ]
      : []),
    ...(a.toLearn.length
      ? fieldSections(
          a.toLearn.map((g) => `*${esc(g.label)}*\n${esc(g.items.map((i) => i.text).join(", "))}`),
          "*To learn*",
        )
      : sections("Nothing left to learn on the knowledge base's list for this move. :tada:")),
    ...(a.alreadyHave.length
      ? sections(`*Carries over from ${esc(a.from.name)}:* ${esc(a.alreadyHave.join(", "))}`)
      : []),
    ...(a.ticked.length ? context([`Left out because you ticked them: ${esc(a.ticked.join(", "))}`]) : []),
    ...keyDifferences(a.curated),

    ...(a.weighing ? sourceLine(a.weighing.citations) : []),
  ];
}
