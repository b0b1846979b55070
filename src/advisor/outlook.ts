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
    : `On BLS's projections of employment change, ${all[0]?.asOf}, ${top?.role.name} grows ${roles.length === 2 ? "faster" : "fastest"}: ${list}.`;
}
