import type { KnowledgeBase } from "../../knowledge/base.js";
import { formatFigure } from "../../knowledge/core/figure-text.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { socOfSource } from "../../official/figures.js";
import { sideFigure, type WeighedSide } from "./outlook.js";

/*
 * "which has the most openings" after roles were set side by side, "ml or backend, which has more jobs":
 * BLS's projected openings each year, not the projected change in employment, which says how fast an
 * occupation grows and not how many jobs it offers; then how many people each employs now.
 */

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The projected openings each year among figures: an official occupation's, as BLS projects them. */
export const openingsIn = (figures: readonly Figure[]): Figure | undefined =>
  figures.find(
    (f) => f.unit === "count" && f.value !== undefined && /^openings projected each year/i.test(f.label),
  );

/** "Openings projected each year, computer user support specialists, 2024–34 average" → the occupation. */
const occupationOf = (f: Figure) =>
  f.label.replace(/^openings projected each year,\s*/i, "").replace(/,\s*\d{4}.*$/, "");

/**
 * The employment, among figures, of the occupation whose openings are given ("Employment, data scientists
 * (US)"), so that the two counts are of one occupation.
 */
export function employmentIn(figures: readonly Figure[]): Figure | undefined {
  const opening = openingsIn(figures);
  if (!opening) return undefined;
  const label = `employment, ${occupationOf(opening)} (us)`.toLowerCase();
  return figures.find((f) => f.unit === "count" && f.value !== undefined && f.label.toLowerCase() === label);
}

/** A catch-all occupation ("computer occupations, all other") counts many jobs besides the role. */
const isResidual = (occupation: string) => /,\s*all other$/i.test(occupation);

/** A side with the figure it is ranked by, and the occupation its openings are counted in. */
interface Row {
  side: WeighedSide;
  f: Figure;
  occupation: string;
}

/** The rows, most first, and those level with the first (one occupation's figure). */
function rankedRows(rows: Row[]): { ranked: Row[]; top: Row[] } {
  const ranked = [...rows].sort((a, b) => (b.f.value ?? 0) - (a.f.value ?? 0));
  const first = ranked[0];
  return { ranked, top: ranked.filter((r) => r.f.source === first?.f.source) };
}

/**
 * The roles' projected openings each year side by side, most first, with which has the most; roles counted
 * in one occupation are said to share its figure; then their occupations' employment now. Undefined when
 * any role has none.
 */
export function openingsVerdict(kb: KnowledgeBase, roles: Role[]): string | undefined {
  return openingsWeighed(
    kb,
    roles.map((role) => ({
      name: role.name,
      figure: openingsIn(role.outlook.figures),
      employed: employmentIn(role.outlook.figures),
    })),
  );
}

/**
 * The sides' projected openings each year side by side, most first, with which has the most; sides counted
 * in one occupation are said to share its figure; then how many people each employs, where every side's
 * count is known. Undefined when any side has no openings.
 */
export function openingsWeighed(kb: KnowledgeBase, sides: readonly WeighedSide[]): string | undefined {
  const rows = sides.flatMap((side) =>
    side.figure ? [{ side, f: side.figure, occupation: occupationOf(side.figure) }] : [],
  );
  if (rows.length < 2 || rows.length < sides.length) return undefined;
  const said = openingsSaid(kb, rows);
  const employed = employmentSaid(rows);
  return employed ? `${said} ${employed}` : said;
}

function openingsSaid(kb: KnowledgeBase, rows: Row[]): string {
  const { ranked, top } = rankedRows(rows);
  const first = ranked[0] as Row;
  const list = ranked.map((r) => sideFigure(r.side.name, formatFigure(r.f), r.occupation)).join(", ");
  const asOf = first.f.asOf;
  if (top.length === ranked.length) {
    const soc = socOfSource(first.f.source);
    const title = (soc && kb.official?.bySoc.get(soc)?.title.toLowerCase()) ?? first.occupation;
    return `BLS counts these in one occupation (${title}), so its projected openings each year, ${asOf}, do not tell them apart: ${list}.`;
  }
  // A catch-all occupation counts many jobs besides the role, so its openings are an upper bound: a
  // specific occupation ahead of it has more, one behind it may not.
  const residual = ranked.filter((r) => isResidual(r.occupation));
  if (residual.some((r) => top.includes(r)))
    return `On BLS's projected openings each year, ${asOf}: ${list}. ${residual
      .map((r) => `${capitalized(r.occupation)} counts many jobs besides ${r.side.name}`)
      .join("; ")}, so these figures do not say which role has the most.`;
  const names = top.map((r) => r.side.name).join(" and ");
  const most = ranked.length > 2 ? "the most" : "more";
  const many = top.length > 1 || top[0]?.side.plural;
  return `On BLS's projected openings each year, ${asOf}, ${names} ${many ? "have" : "has"} ${most}: ${list}.`;
}

/**
 * How many people the sides' occupations employ now, most first ("more jobs" may mean either), with which
 * has the most where one specific occupation is ahead; undefined where a side's occupation has no count.
 */
function employmentSaid(rows: Row[]): string | undefined {
  const counted = rows.flatMap((r) => (r.side.employed ? [{ ...r, f: r.side.employed }] : []));
  if (counted.length < rows.length) return undefined;
  const { ranked, top } = rankedRows(counted);
  const first = ranked[0] as Row;
  const asOf = first.f.asOf;
  if (top.length === ranked.length)
    return `That occupation employs ${formatFigure(first.f)} people (BLS OEWS, ${asOf}).`;
  const list = ranked.map((r) => `${r.side.name} ${formatFigure(r.f)}`).join(", ");
  if (top.some((r) => isResidual(r.occupation))) return `People employed (BLS OEWS, ${asOf}): ${list}.`;
  const names = top.map((r) => r.side.name).join(" and ");
  const most = ranked.length > 2 ? "the most" : "more";
  const many = top.length > 1 || top[0]?.side.plural;
  return `By people employed (BLS OEWS, ${asOf}), ${names} ${many ? "have" : "has"} ${most}: ${list}.`;
}
