import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { PayComparison } from "../answers.js";
import { figureView, uniqueCitations } from "../parts/answer-parts.js";
import { type MoveStart, occupationMovePay } from "./move.js";

/*
 * "in texas?" after a move from an occupation ("accountant to data analyst"): both sides' pay there. The
 * occupation's official figures are national only, so its side says so and shows them; the role shows its
 * figure for the place where it has one, else says it has none.
 */

/** The move's pay, both sides, for a place (a location's id, or a place with no figures by its name). */
export function occupationMovePayIn(
  kb: KnowledgeBase,
  start: MoveStart,
  to: Role,
  place: { id?: string; name: string },
): PayComparison {
  const national = occupationMovePay(kb, start, to);
  const at = place.id ? to.salary?.locations.find((l) => l.location === place.id) : undefined;
  const there = at ? figureView(kb, at.figure, true) : undefined;
  const occupationName = start.occupation?.title ?? start.typed;
  const roleSaid = there
    ? `${to.name} has a ${place.name} figure (${there.value}).`
    : `The knowledge base has no ${place.name} figure for ${to.name}.`;
  return {
    ...national,
    note: `No ${place.name} figure for ${occupationName}: the official figures are national only. ${roleSaid} National figures are shown beside.`,
    roles: national.roles.map((row) =>
      there && row.role.id === to.id ? { ...row, figures: [there, ...row.figures] } : row,
    ),
    citations: uniqueCitations([...national.citations, ...(there ? [there.citation] : [])]),
  };
}
