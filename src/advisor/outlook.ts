import type { KnowledgeBase } from "../knowledge/base.js";
import type { Figure, Role } from "../knowledge/core/schema.js";
import { socOfSource } from "../official/figures.js";
import { overlapNote, sameOccupationNote } from "./role-answers.js";

/** A role's projected employment change: its first official occupation's, as BLS projects it. */
export function projection(role: Role): Figure | undefined {
  return role.outlook.figures.find(
    (f) => f.unit === "percent" && f.value !== undefined && /^projected employment change/i.test(f.label),
  );
}

/** "Projected employment change, computer occupations, all other, 2024–34" → "computer occupations, all other". */
const occupationOf = (f: Figure) =>
  f.label.replace(/^projected employment change,\s*/i, "").replace(/,\s*\d{4}.*$/, "");

/**
 * "Which has the better outlook?": the roles' official projections set side by side, with which grows
 * faster, or why the figures cannot tell them apart. Undefined when a role has no projection.
 */
export function outlookVerdict(kb: KnowledgeBase, roles: Role[]): string | undefined {
  const figures = roles.map(projection);
  if (roles.length < 2 || figures.some((f) => f === undefined)) return undefined;
  const all = figures as Figure[];
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
  const ranked = roles
    .map((role, i) => ({ role, f: all[i] as Figure }))
    .sort((a, b) => (b.f.value ?? 0) - (a.f.value ?? 0));
  const list = ranked.map((r) => `${r.role.name} ${r.f.value}% (${occupationOf(r.f)})`).join(", ");
  const top = ranked[0];
  const tied = ranked[1]?.f.value === top?.f.value;
  return tied
    ? `BLS projects the same employment change for these, ${all[0]?.asOf}: ${list}.`
    : `On BLS's projections of employment change, ${all[0]?.asOf}, ${aheadWording(ranked.map((r) => ({ name: r.role.name, change: r.f.value ?? 0 })))}: ${list}.`;
}

/**
 * Which role is ahead, in words true to the signs of the changes: one whose jobs shrink least "declines
 * less", never "grows faster"; where some grow and some decline, each side is said as it is.
 */
function aheadWording(ranked: { name: string; change: number }[]): string {
  const [top] = ranked;
  if (!top) return "";
  const pair = ranked.length === 2;
  const growing = ranked.filter((r) => r.change > 0);
  const shrinking = ranked.filter((r) => r.change < 0);
  const names = (rs: { name: string }[]) => rs.map((r) => r.name).join(" and ");
  if (shrinking.length === 0) return `${top.name} grows ${pair ? "faster" : "fastest"}`;
  if (top.change < 0) return `${top.name} declines ${pair ? "less" : "least"}`;
  const steady = ranked.filter((r) => r.change === 0);
  const parts = [
    ...(growing.length ? [`${names(growing)} ${growing.length > 1 ? "grow" : "grows"}`] : []),
    ...(steady.length ? [`${names(steady)} ${steady.length > 1 ? "hold" : "holds"} steady`] : []),
    `${names(shrinking)} ${shrinking.length > 1 ? "decline" : "declines"}`,
  ];
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
