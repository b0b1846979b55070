import type { KnowledgeBase } from "../../knowledge/base.js";
import { formatFigure } from "../../knowledge/core/figure-text.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { socOfSource } from "../../official/figures.js";

/*
 * "which has the most openings" after roles were set side by side, "ml or backend, which has more jobs":
 * BLS's projected openings each year, not the projected change in employment, which says how fast an
 * occupation grows and not how many jobs it offers; then how many people each employs now.
 */

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A role's projected openings each year: its first official occupation's, as BLS projects them. */
function openings(role: Role): Figure | undefined {
  return role.outlook.figures.find(
    (f) => f.unit === "count" && f.value !== undefined && /^openings projected each year/i.test(f.label),
  );
}

/** "Openings projected each year, computer user support specialists, 2024–34 average" → the occupation. */
const occupationOf = (f: Figure) =>
  f.label.replace(/^openings projected each year,\s*/i, "").replace(/,\s*\d{4}.*$/, "");

/** The employment of the occupation a role's openings are counted in ("Employment, data scientists (US)"). */
function employment(role: Role, occupation: string): Figure | undefined {
  const label = `employment, ${occupation} (us)`;
  return role.outlook.figures.find(
    (f) => f.unit === "count" && f.value !== undefined && f.label.toLowerCase() === label,
  );
}

/** A catch-all occupation ("computer occupations, all other") counts many jobs besides the role. */
const isResidual = (occupation: string) => /,\s*all other$/i.test(occupation);

interface Row {
  role: Role;
  /** The figure the roles are ranked by. */
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
 * fewer than two roles have openings.
 */
export function openingsVerdict(kb: KnowledgeBase, roles: Role[]): string | undefined {
  const rows = roles.flatMap((role) => {
    const f = openings(role);
    return f ? [{ role, f, occupation: occupationOf(f) }] : [];
  });
  if (rows.length < 2 || rows.length < roles.length) return undefined;
  const said = openingsSaid(kb, rows);
  const employed = employmentSaid(rows);
  return employed ? `${said} ${employed}` : said;
}

function openingsSaid(kb: KnowledgeBase, rows: Row[]): string {
  const { ranked, top } = rankedRows(rows);
  const first = ranked[0] as Row;
  const list = ranked.map((r) => `${r.role.name} ${formatFigure(r.f)} (${r.occupation})`).join(", ");
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
      .map((r) => `${capitalized(r.occupation)} counts many jobs besides ${r.role.name}`)
      .join("; ")}, so these figures do not say which role has the most.`;
  const names = top.map((r) => r.role.name).join(" and ");
  const most = ranked.length > 2 ? "the most" : "more";
  return `On BLS's projected openings each year, ${asOf}, ${names} ${top.length > 1 ? "have" : "has"} ${most}: ${list}.`;
}

/**
 * How many people the roles' occupations employ now, most first ("more jobs" may mean either), with which
 * has the most where one specific occupation is ahead; undefined where a role's occupation has no count.
 */
function employmentSaid(rows: Row[]): string | undefined {
  const counted = rows.flatMap((r) => {
    const f = employment(r.role, r.occupation);
    return f ? [{ ...r, f }] : [];
  });
  if (counted.length < rows.length) return undefined;
  const { ranked, top } = rankedRows(counted);
  const first = ranked[0] as Row;
  const asOf = first.f.asOf;
  if (top.length === ranked.length)
    return `That occupation employs ${formatFigure(first.f)} people (BLS OEWS, ${asOf}).`;
  const list = ranked.map((r) => `${r.role.name} ${formatFigure(r.f)}`).join(", ");
  if (top.some((r) => isResidual(r.occupation))) return `People employed (BLS OEWS, ${asOf}): ${list}.`;
  const names = top.map((r) => r.role.name).join(" and ");
  const most = ranked.length > 2 ? "the most" : "more";
  return `By people employed (BLS OEWS, ${asOf}), ${names} ${top.length > 1 ? "have" : "has"} ${most}: ${list}.`;
}
