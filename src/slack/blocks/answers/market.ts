import type { KnownBlock } from "@slack/types";
import type { OccupationAnswer, RankingAnswer, TrendsAnswer } from "../../../advisor/answers.js";
import { rankingRowText, rankingTitle } from "../../../render/plain-text.js";
import { context, esc, fieldSections, header, sections } from "../kit.js";
import { bullets, figureField, sourceLine } from "./parts.js";

/* The market: trends, an official occupation's figures, and rankings of roles. */

export function trendsBlocks(a: TrendsAnswer): KnownBlock[] {
  return [
    header("Trends shaping ML engineering"),
    ...sections(a.trends.map((t, i) => `*${i + 1}. ${esc(t.name)}*\n${esc(t.summary)}`).join("\n")),
    ...fieldSections(
      a.figures.map((f) => figureField(f.label, f)),
      "*Market figures*",
    ),
    ...sections(
      `*Where ML is being adopted*\n${bullets(a.adoption.map((x) => `${x.industry}: ${x.uses.join(", ")}`))}`,
    ),
    ...sourceLine(a.citations),
  ];
}

export function occupationBlocks(a: OccupationAnswer): KnownBlock[] {
  return [
    header(`${a.title}: official US figures`),
    ...(a.matchNote ? sections(esc(a.matchNote)) : []),
    ...fieldSections(
      a.pay.map((f) => figureField(f.label, f)),
      a.pay.length ? `*Pay* _(SOC ${a.soc}; base pay only)_` : undefined,
    ),
    ...fieldSections(
      a.outlook.map((f) => figureField(f.label, f)),
      a.outlook.length ? "*Jobs and outlook*" : undefined,
    ),
    ...fieldSections(
      a.entry.map((f) => figureField(f.label, f)),
      a.entry.length ? "*Getting in*" : undefined,
    ),
    ...(a.tools ? sections(`*${esc(a.tools.label)}*\n${esc(a.tools.value)}`) : []),
    ...(a.related.length ? sections(`*Related occupations:* ${esc(a.related.join(", "))}`) : []),
    ...context([...a.notes, ...(a.attribution ? [a.attribution] : [])].map(esc)),
    ...sourceLine(a.citations),
  ];
}

export function rankingBlocks(a: RankingAnswer): KnownBlock[] {
  return [
    header(rankingTitle(a)),
    ...(a.lead ? sections(esc(a.lead)) : []),
    ...sections(a.rows.map((r, i) => esc(rankingRowText(r, i))).join("\n") || "Nothing to rank."),
    ...context(a.notes.map(esc)),
    ...sourceLine(a.citations),
  ];
}
