import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { figureView, uniqueCitations } from "./answer-parts.js";
import type { PayComparison } from "./answers.js";

/*
 * "moving from nyc to austin as an ml engineer, how much of a pay cut": one role's pay in two places, side
 * by side, with the difference where both have a figure; where one has none, it is said.
 */

const dollars = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/** A role's pay in each of two places (locations' ids), the first the one the question starts from. */
export function payAcrossPlaces(kb: KnowledgeBase, role: Role, placeIds: [string, string]): PayComparison {
  const sides = placeIds.map((id) => {
    const name = kb.knowledge.locations.find((l) => l.id === id)?.name ?? id;
    const at = role.salary?.locations.find((l) => l.location === id);
    return { id, name, at };
  });
  const rows = sides.map((s) => ({
    role: { id: role.id, name: `${role.name}, ${s.name}` },
    figures: s.at ? [figureView(kb, s.at.figure, true)] : [],
    ...(s.at ? {} : { missing: `The knowledge base has no ${s.name} figure for ${role.name}.` }),
  }));
  const [from, to] = sides;
  const a = from?.at?.figure.value;
  const b = to?.at?.figure.value;
  const verdict =
    a !== undefined && b !== undefined && from && to
      ? a === b
        ? `On these figures ${role.name} pays the same in ${to.name} as in ${from.name}.`
        : `On these figures ${role.name} pays ${dollars(Math.abs(a - b))} (${Math.round((Math.abs(a - b) / a) * 100)}%) ${b < a ? "less" : "more"} in ${to.name} than in ${from.name}.`
      : "Without a figure for both places, the two cannot be set side by side.";
  return {
    kind: "pay-compare",
    roles: rows,
    verdict,
    citations: uniqueCitations(rows.flatMap((r) => r.figures.map((f) => f.citation))),
    followups: [`salary ${role.aliases[0] ?? role.name}`],
  };
}
