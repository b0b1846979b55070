import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { figureView, uniqueCitations } from "./answer-parts.js";
import { anonymousUser, type PayComparison } from "./answers.js";
import { salaryFor } from "./salary.js";

/*
 * "sde 2 vs sde 3 pay", "junior vs senior data scientist pay": one role's pay at two levels, side by side,
 * with the difference where both have a figure. Where a level has none, it is said, and the role's figures
 * for all levels stand beside, so the answer is never one level's alone.
 */

const dollars = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/** The middle of a figure: its value, or the middle of its range. */
const middle = (f: { value?: number; min?: number; max?: number }) =>
  f.value ?? (f.min !== undefined && f.max !== undefined ? (f.min + f.max) / 2 : undefined);

/** A role's pay at each of two levels (levels' ids), in the order named. */
export function payAcrossLevels(kb: KnowledgeBase, role: Role, levelIds: [string, string]): PayComparison {
  const sides = levelIds.map((id) => {
    const name = kb.knowledge.levels.find((l) => l.id === id)?.name ?? id;
    const at = role.salary?.levels.find((l) => l.level === id);
    return { id, name, at };
  });
  const rows = sides.map((s) => ({
    role: { id: role.id, name: `${role.name}, ${s.name}` },
    figures: s.at ? [figureView(kb, s.at.figure, true)] : [],
    ...(s.at
      ? {}
      : { missing: `The knowledge base has no ${s.name.toLowerCase()} figure for ${role.name}.` }),
  }));
  // A level with no figure: the role's figures for all levels beside, labelled so.
  const general = sides.some((s) => !s.at) ? salaryFor(kb, role, {}, anonymousUser) : undefined;
  const allLevels = general
    ? [
        {
          role: { id: role.id, name: `${role.name}, all levels` },
          figures: general.headline.length ? general.headline : general.government,
        },
      ]
    : [];
  const [from, to] = sides;
  const a = from?.at ? middle(from.at.figure) : undefined;
  const b = to?.at ? middle(to.at.figure) : undefined;
  const verdict =
    a !== undefined && b !== undefined && from && to
      ? `On these figures ${role.name} pays about ${dollars(Math.abs(b - a))} ${b < a ? "less" : "more"} at ${to.name.toLowerCase()} than at ${from.name.toLowerCase()} (the middles of the ranges).`
      : `The knowledge base has no ${role.name} pay figures for ${sides
          .filter((s) => !s.at)
          .map((s) => s.name.toLowerCase())
          .join(
            " or ",
          )}, so the two levels cannot be set side by side; the figures for all levels are above.`;
  const shown = [...rows, ...allLevels];
  return {
    kind: "pay-compare",
    roles: shown,
    verdict,
    citations: uniqueCitations(shown.flatMap((r) => r.figures.map((f) => f.citation))),
    followups: [`salary ${role.aliases[0] ?? role.name}`],
  };
}
