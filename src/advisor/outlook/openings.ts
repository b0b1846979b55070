import type { KnowledgeBase } from "../../knowledge/base.js";
import { formatFigure } from "../../knowledge/core/figure-text.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { socOfSource } from "../../official/figures.js";
import { jobsCounted, openingWords, wordsPattern } from "../../understanding/words/topic-words.js";
import { sideFigure, type WeighedSide } from "./outlook.js";

/*
 * "which has the most openings" after roles were set side by side: BLS's projected openings each year, not
 * the projected change in employment, which says how fast an occupation grows and not how many jobs it offers.
 */

/** "most openings", "more jobs available", "which is hiring the most": openings asked, not growth. */
const openingsAsked = wordsPattern(openingWords, jobsCounted);

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Whether a question asks how many jobs open up, rather than how fast employment grows. */
export const asksOpenings = (question: string) => openingsAsked.test(question);

/** The projected openings each year among figures: an official occupation's, as BLS projects them. */
export const openingsIn = (figures: readonly Figure[]): Figure | undefined =>
  figures.find(
    (f) => f.unit === "count" && f.value !== undefined && /^openings projected each year/i.test(f.label),
  );

/** "Openings projected each year, computer user support specialists, 2024–34 average" → the occupation. */
const occupationOf = (f: Figure) =>
  f.label.replace(/^openings projected each year,\s*/i, "").replace(/,\s*\d{4}.*$/, "");

/**
 * The roles' projected openings each year side by side, most first, with which has the most; roles counted
 * in one occupation are said to share its figure. Undefined when fewer than two roles have one.
 */
export function openingsVerdict(kb: KnowledgeBase, roles: Role[]): string | undefined {
  return openingsWeighed(
    kb,
    roles.map((role) => ({ name: role.name, figure: openingsIn(role.outlook.figures) })),
  );
}

/**
 * The sides' projected openings each year side by side, most first, with which has the most; sides counted
 * in one occupation are said to share its figure. Undefined when any side has none.
 */
export function openingsWeighed(kb: KnowledgeBase, sides: readonly WeighedSide[]): string | undefined {
  const rows = sides.flatMap((side) => (side.figure ? [{ side, f: side.figure }] : []));
  if (rows.length < 2 || rows.length < sides.length) return undefined;
  const ranked = [...rows].sort((a, b) => (b.f.value ?? 0) - (a.f.value ?? 0));
  const [first] = ranked;
  if (!first) return undefined;
  const top = ranked.filter((r) => r.f.source === first.f.source);
  const list = ranked.map((r) => sideFigure(r.side.name, formatFigure(r.f), occupationOf(r.f))).join(", ");
  const asOf = first.f.asOf;
  if (top.length === ranked.length) {
    const soc = socOfSource(first.f.source);
    const title = (soc && kb.official?.bySoc.get(soc)?.title.toLowerCase()) ?? occupationOf(first.f);
    return `BLS counts these in one occupation (${title}), so its projected openings each year, ${asOf}, do not tell them apart: ${list}.`;
  }
  // A catch-all occupation ("computer occupations, all other") counts many jobs besides the role, so its
  // openings are an upper bound: a specific occupation ahead of it has more, one behind it may not.
  const residual = ranked.filter((r) => /,\s*all other$/i.test(occupationOf(r.f)));
  if (residual.some((r) => top.includes(r)))
    return `On BLS's projected openings each year, ${asOf}: ${list}. ${residual
      .map((r) => `${capitalized(occupationOf(r.f))} counts many jobs besides ${r.side.name}`)
      .join("; ")}, so these figures do not say which role has the most.`;
  const names = top.map((r) => r.side.name).join(" and ");
  const most = ranked.length > 2 ? "the most" : "more";
  const many = top.length > 1 || top[0]?.side.plural;
  return `On BLS's projected openings each year, ${asOf}, ${names} ${many ? "have" : "has"} ${most}: ${list}.`;
}
