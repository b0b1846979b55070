import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { socOfSource } from "../../official/figures.js";
import { listed } from "../parts/answer-parts.js";
import { overlapNote, sameOccupationNote } from "../pay/pay-comparison.js";

/** The projected employment change among figures: an official occupation's, as BLS projects it. */
export const projectionIn = (figures: readonly Figure[]): Figure | undefined =>
  figures.find(
    (f) => f.unit === "percent" && f.value !== undefined && /^projected employment change/i.test(f.label),
  );

/** A role's projected employment change: its first official occupation's, as BLS projects it. */
export const projection = (role: Role): Figure | undefined => projectionIn(role.outlook.figures);

/** "Projected employment change, computer occupations, all other, 2024–34" → "computer occupations, all other". */
const occupationOf = (f: Figure) =>
  f.label.replace(/^projected employment change,\s*/i, "").replace(/,\s*\d{4}.*$/, "");

/**
 * One side weighed by an official figure: a curated role, or an official occupation set beside one ("which
 * one has more openings" after a move from nursing into data analyst), by its name and its figure.
 */
export interface WeighedSide {
  name: string;
  figure: Figure | undefined;
  /** An official occupation's title names many ("Registered Nurses grow"), a role's name one. */
  plural?: boolean;
  /** How many people the side's occupation employs, where openings are weighed ("more jobs" may mean either). */
  employed?: Figure;
}

/**
 * A side's figure as a verdict lists it: "Data Analyst 33.5% (data scientists)", the occupation the figure
 * is said where it is not the side's own name ("Registered Nurses 4.9%").
 */
export function sideFigure(name: string, shown: string, occupation: string): string {
  return occupation.toLowerCase() === name.toLowerCase()
    ? `${name} ${shown}`
    : `${name} ${shown} (${occupation})`;
}

/**
 * "Which has the better outlook?": the roles' official projections set side by side, with which grows
 * faster, or why the figures cannot tell them apart. Undefined when a role has no projection.
 */
export function outlookVerdict(kb: KnowledgeBase, roles: Role[]): string | undefined {
  return growthWeighed(
    kb,
    roles.map((role) => ({ name: role.name, figure: projection(role) })),
  );
}

/**
 * The sides' official projections set side by side, with which grows faster, or why the figures cannot
 * tell them apart. Undefined when a side has no projection.
 */
export function growthWeighed(kb: KnowledgeBase, sides: readonly WeighedSide[]): string | undefined {
  if (sides.length < 2 || sides.some((s) => s.figure === undefined)) return undefined;
  const all = sides.map((s) => s.figure as Figure);
  const same = sameOccupationNote(kb, all);
  if (same)
    return same.replace(
      "they do not tell these roles apart",
      "the projection does not tell these roles apart",
    );
  const overlap = overlapNote(
    kb,
    all.map((f) => ({ socs: [socOfSource(f.source) ?? f.source] })),
  );
  if (overlap) return overlap;
  const ranked = sides
    .map((side, i) => ({ side, f: all[i] as Figure }))
    .sort((a, b) => (b.f.value ?? 0) - (a.f.value ?? 0));
  const list = ranked.map((r) => sideFigure(r.side.name, `${r.f.value}%`, occupationOf(r.f))).join(", ");
  const allSame = ranked.every((r) => r.f.value === ranked[0]?.f.value);
  return allSame
    ? `BLS projects the same employment change for these, ${all[0]?.asOf}: ${list}.`
    : `On BLS's projections of employment change, ${all[0]?.asOf}, ${aheadWording(ranked.map((r) => ({ ...r.side, change: r.f.value ?? 0 })))}: ${list}.`;
}

/**
 * Which role is ahead, in words true to the signs of the changes: one whose jobs shrink least "declines
 * less", never "grows faster"; where some grow and some decline, each side is said as it is.
 */
function aheadWording(ranked: { name: string; change: number; plural?: boolean }[]): string {
  const [first] = ranked;
  if (!first) return "";
  const pair = ranked.length === 2;
  const growing = ranked.filter((r) => r.change > 0);
  const shrinking = ranked.filter((r) => r.change < 0);
  const names = (rs: { name: string }[]) => rs.map((r) => r.name).join(" and ");
  // Those level at the top ("SRE and DevOps grow fastest") are named together.
  const top = ranked.filter((r) => r.change === first.change);
  const verb = (rs: { plural?: boolean }[], one: string, more: string) =>
    rs.length > 1 || rs[0]?.plural ? more : one;
  if (shrinking.length === 0)
    return `${names(top)} ${verb(top, "grows", "grow")} ${pair ? "faster" : "fastest"}`;
  if (first.change < 0) return `${names(top)} ${verb(top, "declines", "decline")} ${pair ? "less" : "least"}`;
  const steady = ranked.filter((r) => r.change === 0);
  // Some grow and some decline: each side said as it is, which grows fastest first where several grow.
  const others = growing.filter((r) => !top.includes(r));
  const parts = [
    ...(others.length
      ? [
          `${names(top)} ${verb(top, "grows", "grow")} fastest`,
          `${names(others)} ${verb(others, "grows", "grow")} too`,
        ]
      : growing.length
        ? [`${names(growing)} ${verb(growing, "grows", "grow")}`]
        : []),
    ...(steady.length ? [`${names(steady)} ${verb(steady, "holds", "hold")} steady`] : []),
    `${names(shrinking)} ${verb(shrinking, "declines", "decline")}`,
  ];
  return listed(parts);
}
