import type { KnownBlock } from "@slack/types";
import type { PayWeighed, SalaryAnswer } from "../../../advisor/answers.js";
import { citationText } from "../../../knowledge/core/figure-text.js";
import { payWeighedTitle, withAmountPlaced } from "../../../render/plain-text.js";
import { context, esc, fieldSections, header, sections } from "../kit.js";
import { bullets, figureField, figureText, sourceLine } from "./parts.js";

/* What a role pays: by level, location, company, and the government's statistics. */

export function salaryBlocks(a: SalaryAnswer): KnownBlock[] {
  return [
    header(`${a.role.name} pay`),
    ...(a.answer
      ? sections(
          `*${esc(a.answer.label)}: ${esc(a.answer.value)}*  _(${esc(citationText(a.answer.citation))})_`,
        )
      : []),
    ...context(
      a.usedPreferences.length
        ? [`Using ${esc(a.usedPreferences.join(" and "))}. Change it with \`/career prefs\`.`]
        : [],
    ),
    ...(a.gaps.length ? sections(a.gaps.map((g) => `:information_source: ${esc(g)}`).join("\n")) : []),
    ...fieldSections(
      a.headline.map((f) => figureField(f.label, f)),
      a.headline.length ? "*Headline*" : undefined,
    ),
    ...fieldSections(
      a.levels.map((l) => figureField(l.name, l.figure)),
      a.levels.length ? "*By level*" : undefined,
    ),
    ...(a.levels.some((l) => l.extra.length)
      ? context(a.levels.flatMap((l) => l.extra.map((f) => `${esc(f.label)}: ${esc(f.value)}`)))
      : []),
    ...fieldSections(
      a.locations.map((l) => figureField(l.name, l.figure)),
      a.locations.length ? "*By location (average)*" : undefined,
    ),
    ...fieldSections(
      a.totalComp.map((f) => figureField(f.label, f)),
      a.totalComp.length ? "*Total compensation*" : undefined,
    ),
    ...a.companies.flatMap((c) =>
      fieldSections(
        c.figures.map((f) => figureField(f.label, f)),
        `*${esc(c.company)}*`,
      ),
    ),
    ...(a.modifiers.length
      ? sections(`*What moves pay*\n${a.modifiers.map((f) => `• ${figureText(f)}`).join("\n")}`)
      : []),
    ...fieldSections(
      a.government.map((f) => figureField(f.label, f)),
      a.government.length
        ? "*US government statistics* _(base pay only; not comparable one-to-one with total compensation)_"
        : undefined,
    ),
    ...(a.notes.length ? context(a.notes.map(esc)) : []),
    ...sourceLine(a.citations),
  ];
}

/**
 * An amount set against a role's or an occupation's pay: an employer named without figures first, then
 * where it stands, in bold, then the percentiles with the amount in its place among them, then what the
 * figures are and are not.
 */
export function payWeighedBlocks(a: PayWeighed): KnownBlock[] {
  const scale = withAmountPlaced(
    a,
    (f) => `• ${esc(f.label)}: ${esc(f.value)}  _(${esc(citationText(f.citation))})_`,
    (placed, what) => `▶ *${esc(placed)}*: ${what}`,
  );
  return [
    header(payWeighedTitle(a)),
    ...(a.lead.length ? sections(a.lead.map(esc).join("\n")) : []),
    ...(a.yearly ? context([esc(a.yearly)]) : []),
    ...sections(a.verdicts.map((v) => `*${esc(v)}*`).join("\n")),
    ...(a.scale.length
      ? sections(`*Where it falls among the BLS annual wages* _(base pay only)_\n${scale.join("\n")}`)
      : []),
    ...fieldSections(
      a.against.map((f) => figureField(f.label, f)),
      a.against.length ? "*Curated figures*" : undefined,
    ),
    ...(a.notes.length ? sections(bullets(a.notes)) : []),
    ...sourceLine(a.citations),
  ];
}
