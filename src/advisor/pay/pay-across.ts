import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { anonymousUser, type PayComparison } from "../answers.js";
import { figureView, uniqueCitations } from "../parts/answer-parts.js";
import { salaryFor } from "./salary.js";

/*
 * One role's pay two ways, side by side, with the difference where both have a figure and, where one has
 * none, a word that it has none: in two places ("moving from nyc to austin as an ml engineer, how much of a
 * pay cut") or at two levels ("sde 2 vs sde 3 pay", "junior vs senior data scientist pay").
 */

const dollars = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/** The middle of a figure: its value, or the middle of its range. */
const middle = (f: { value?: number; min?: number; max?: number }) =>
  f.value ?? (f.min !== undefined && f.max !== undefined ? (f.min + f.max) / 2 : undefined);

interface Side {
  name: string;
  /** The role's figure there, if the knowledge has one. */
  figure: Figure | undefined;
  /** What the answer says where there is none. */
  missing: string;
}

type Row = PayComparison["roles"][number];

function sideRows(kb: KnowledgeBase, role: Role, sides: Side[]): Row[] {
  return sides.map((s) => ({
    role: { id: role.id, name: `${role.name}, ${s.name}` },
    figures: s.figure ? [figureView(kb, s.figure, true)] : [],
    ...(s.figure ? {} : { missing: s.missing }),
  }));
}

function comparison(role: Role, rows: Row[], verdict: string): PayComparison {
  return {
    kind: "pay-compare",
    roles: rows,
    verdict,
    citations: uniqueCitations(rows.flatMap((r) => r.figures.map((f) => f.citation))),
    followups: [`salary ${role.aliases[0] ?? role.name}`],
  };
}

/**
 * The role's general figures, as a row named for what they cover ("all levels", "national"), where a side
 * has no figure: the answer is then never one side's word that it has none, and nothing else.
 */
function generalRows(kb: KnowledgeBase, role: Role, sides: Side[], covering: string): Row[] {
  if (sides.every((s) => s.figure)) return [];
  const general = salaryFor(kb, role, {}, anonymousUser);
  return [
    {
      role: { id: role.id, name: `${role.name}, ${covering}` },
      figures: general.headline.length ? general.headline : general.government,
    },
  ];
}

/** A place pay is asked in: a location by its id, or one the knowledge has no figures for, by its name. */
export type PlaceAsked = { id: string } | { unlisted: string };

/**
 * A role's pay in each of two places, the first the one the question starts from. Where a place has no
 * figure, the role's national figures stand beside.
 */
export function payAcrossPlaces(
  kb: KnowledgeBase,
  role: Role,
  places: [PlaceAsked, PlaceAsked],
): PayComparison {
  const [from, to] = places.map((p): Side => {
    const name =
      "unlisted" in p ? p.unlisted : (kb.knowledge.locations.find((l) => l.id === p.id)?.name ?? p.id);
    return {
      name,
      figure: "unlisted" in p ? undefined : role.salary?.locations.find((l) => l.location === p.id)?.figure,
      missing: `The knowledge base has no ${name} figure for ${role.name}.`,
    };
  }) as [Side, Side];
  const a = from.figure?.value;
  const b = to.figure?.value;
  const verdict =
    a !== undefined && b !== undefined
      ? a === b
        ? `On these figures ${role.name} pays the same in ${to.name} as in ${from.name}.`
        : `On these figures ${role.name} pays ${dollars(Math.abs(a - b))} (${Math.round((Math.abs(a - b) / a) * 100)}%) ${b < a ? "less" : "more"} in ${to.name} than in ${from.name}.`
      : `The knowledge base has no ${role.name} pay figures for ${[from, to]
          .filter((side) => !side.figure)
          .map((side) => side.name)
          .join(
            " or ",
          )}, so the two places cannot be set side by side; its national figures, for the whole US, are above.`;
  const national = generalRows(kb, role, [from, to], "national");
  return comparison(role, [...sideRows(kb, role, [from, to]), ...national], verdict);
}

/**
 * A role's pay at each of two levels (levels' ids), in the order named. Where a level has no figure, the
 * role's figures for all levels stand beside, so the answer is never one level's alone.
 */
export function payAcrossLevels(kb: KnowledgeBase, role: Role, levelIds: [string, string]): PayComparison {
  const [from, to] = levelIds.map((id): Side => {
    const name = kb.knowledge.levels.find((l) => l.id === id)?.name ?? id;
    return {
      name,
      figure: role.salary?.levels.find((l) => l.level === id)?.figure,
      missing: `The knowledge base has no ${name.toLowerCase()} figure for ${role.name}.`,
    };
  }) as [Side, Side];
  const unfigured = [from, to].filter((s) => !s.figure);
  const allLevels = generalRows(kb, role, [from, to], "all levels");
  const a = from.figure ? middle(from.figure) : undefined;
  const b = to.figure ? middle(to.figure) : undefined;
  const verdict =
    a !== undefined && b !== undefined
      ? `On these figures ${role.name} pays about ${dollars(Math.abs(b - a))} ${b < a ? "less" : "more"} at ${to.name.toLowerCase()} than at ${from.name.toLowerCase()} (the middles of the ranges).`
      : `The knowledge base has no ${role.name} pay figures for ${unfigured.map((s) => s.name.toLowerCase()).join(" or ")}, so the two levels cannot be set side by side; the figures for all levels are above.`;
  return comparison(role, [...sideRows(kb, role, [from, to]), ...allLevels], verdict);
}
