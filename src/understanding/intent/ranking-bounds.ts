/*
 * How a ranking question bounds its list, past what it ranks by: the order ("lowest paying jobs"), the
 * length ("top 5 IT jobs"), and a figure of pay the rows must clear ("which jobs pay over 100k").
 */

/** The bounds a ranking question sets on its list; each absent when the question sets none. */
export interface RankingBounds {
  /** "lowest paid", "worst paying", "slowest growing": the list runs from the lowest figure up. */
  lowestFirst?: true;
  /** "top 5", "5 best paid": how many rows were asked for. */
  count?: number;
  /** "pay over 100k", "more than $120,000", "six figures": the annual pay each row must be above. */
  payOver?: number;
  /** "pay under 80k", "less than $90,000": the annual pay each row must be below. */
  payUnder?: number;
}

const lowWords = /\b(?:lowest|(?<!at )least|worst|poorest|slowest|fewest|bottom)\b/;
/** "top 5", "5 best paid", "the 3 highest paying": a small number next to a word that ranks. */
const countAsked =
  /\b(?:top|best|first|bottom|lowest|worst|highest)\s+(\d{1,2})\b|\b(\d{1,2})\s+(?:best|top|highest|lowest|worst|fastest|most|least|biggest)\b/;
/**
 * An amount of pay as tokens read it: "100k", "100 000" (from "$100,000"), "120 k", "100 grand", "100000";
 * never a count of time or people ("over 10 years", "more than 50 employees").
 */
const amount = String.raw`(\d{5,6}|\d{2,3})(?:\s?(?:000|k|grand|thousand))?\b(?!\s*(?:years?|yrs?|months?|hours?|hrs?|weeks?|days?|people|employees|%|percent))`;
const overAsked = new RegExp(
  String.raw`\b(?:over|above|more than|at least|north of|upwards of|beyond)\s+${amount}`,
);
const underAsked = new RegExp(String.raw`\b(?:under|below|less than|at most|south of)\s+${amount}`);

/** Dollars a year from an amount's digits: "100" (of "100k") is 100,000, "100000" is itself. */
const dollars = (digits: string) => Number(digits) * (digits.length >= 5 ? 1 : 1000);

/** The bounds read from a ranking question's tokens, joined; an amount only where pay is what is ranked. */
export function readRankingBounds(text: string, paid: boolean): RankingBounds {
  const count = countAsked.exec(text);
  const asked = Number(count?.[1] ?? count?.[2]);
  const over = paid ? (overAsked.exec(text) ?? undefined) : undefined;
  const under = paid ? (underAsked.exec(text) ?? undefined) : undefined;
  const sixFigures = paid && /\b(?:six|6) figures?\b/.test(text);
  return {
    ...(lowWords.test(text) ? { lowestFirst: true as const } : {}),
    ...(asked >= 1 ? { count: asked } : {}),
    ...(over ? { payOver: dollars(over[1] ?? "") } : sixFigures ? { payOver: 100_000 } : {}),
    ...(under ? { payUnder: dollars(under[1] ?? "") } : {}),
  };
}
