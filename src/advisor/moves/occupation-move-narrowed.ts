import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { withArticle } from "../../knowledge/core/text.js";
import type { PayComparison } from "../answers.js";
import { figureView, uniqueCitations } from "../parts/answer-parts.js";
import { type MoveStart, occupationMovePay } from "./move.js";

/*
 * "in texas?" or "which pays more at senior" after a move from an occupation ("accountant to data
 * analyst"): both sides' pay there. The occupation's official figures are national and not by level, so its
 * side says so and shows them; the role shows its figure for the place or level where it has one, else says
 * it has none. Never the role alone, which would drop the side the move starts from.
 */

/** Where the move's pay is narrowed to: its name ("Illinois (Chicago)", "senior level"), and why the occupation has no figure there. */
interface Narrowing {
  name: string;
  /** The role's figure there, where the knowledge has one. */
  figure: Figure | undefined;
  /** Why the official figures have none: "the official figures are national only". */
  officialHasNone: string;
}

function occupationMovePayNarrowed(
  kb: KnowledgeBase,
  start: MoveStart,
  to: Role,
  at: Narrowing,
): PayComparison {
  const national = occupationMovePay(kb, start, to);
  const there = at.figure ? figureView(kb, at.figure, true) : undefined;
  const occupationName = start.occupation?.title ?? start.typed;
  const roleSaid = there
    ? `${to.name} has ${withArticle(at.name)} figure (${there.value}).`
    : `The knowledge base has no ${at.name} figure for ${to.name}.`;
  return {
    ...national,
    note: `No ${at.name} figure for ${occupationName}: ${at.officialHasNone}. ${roleSaid} National figures are shown beside.`,
    roles: national.roles.map((row) =>
      there && row.role.id === to.id ? { ...row, figures: [there, ...row.figures] } : row,
    ),
    citations: uniqueCitations([...national.citations, ...(there ? [there.citation] : [])]),
  };
}

/** The move's pay, both sides, for a place (a location's id, or a place with no figures by its name). */
export function occupationMovePayIn(
  kb: KnowledgeBase,
  start: MoveStart,
  to: Role,
  place: { id?: string; name: string },
): PayComparison {
  const at = place.id ? to.salary?.locations.find((l) => l.location === place.id) : undefined;
  return occupationMovePayNarrowed(kb, start, to, {
    name: place.name,
    figure: at?.figure,
    officialHasNone: "the official figures are national only",
  });
}

/**
 * The move's pay, both sides, at a level (a level's id, or a rank with no figures by its name: "the staff
 * level"): the occupation's official figures are for the whole occupation, never by level.
 */
export function occupationMovePayAt(
  kb: KnowledgeBase,
  start: MoveStart,
  to: Role,
  level: { id?: string; name: string },
): PayComparison {
  const at = level.id ? to.salary?.levels.find((l) => l.level === level.id) : undefined;
  return occupationMovePayNarrowed(kb, start, to, {
    name: level.name,
    figure: at?.figure,
    officialHasNone: "the official figures are for the whole occupation, not by level",
  });
}
