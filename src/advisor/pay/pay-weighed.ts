/*
 * "got an offer for 82k as a data analyst, is that fair?": the amount set against the figures the advisor
 * has, said as where it stands among them ("below the median, between the 25th percentile and the
 * median"). The figures say where an amount sits among what others are paid, never whether an offer is fair.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { citationText } from "../../knowledge/core/figure-text.js";
import type { Figure } from "../../knowledge/core/schema.js";
import { payFigures } from "../../official/figures.js";
import type { OfficialOccupation } from "../../official/layer.js";
import type { PayStated } from "../../understanding/words/pay-stated.js";
import type { PayWeighed } from "../answers.js";
import { figureView, uniqueCitations } from "../parts/answer-parts.js";

/** Hours in a working year, 40 a week for 52 weeks: how BLS turns an hourly wage into an annual one. */
const hoursInYear = 2080;

const usd = (n: number, cents = false) =>
  `$${n.toLocaleString("en-US", { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 })}`;

/** One point of the official spread ("25th percentile", "median") and its value. */
interface Point {
  name: string;
  value: number;
}

/** The occupation's annual percentiles BLS publishes as numbers, lowest first (a mark such as "#" is none). */
function percentiles(o: OfficialOccupation): Point[] {
  const p = o.pay;
  const points: [string, unknown][] = [
    ["10th percentile", p?.p10],
    ["25th percentile", p?.p25],
    ["median", p?.median],
    ["75th percentile", p?.p75],
    ["90th percentile", p?.p90],
  ];
  return points.flatMap(([name, value]) => (typeof value === "number" ? [{ name, value }] : []));
}

/** Within this share of a point, an amount is "about" it: a few hundred dollars say nothing of where it sits. */
const closeShare = 0.01;

/**
 * Where an amount stands among the points, in a sentence: about one of them, below or above them all, or
 * between two, said against the median ("below the median ($120,230) for …, between the 10th percentile
 * ($67,240) and the 25th percentile ($85,660)").
 */
function standingAmong(amount: number, points: readonly Point[], among: string): string {
  const said = usd(amount);
  const named = (p: Point) => `${p.name} (${usd(p.value)})`;
  const at = points.find((p) => Math.abs(amount - p.value) <= p.value * closeShare);
  if (at) return `${said} is about the ${named(at)} for ${among}.`;
  const below = points.filter((p) => p.value < amount).length;
  const [lowest, highest] = [points[0], points[points.length - 1]];
  if (!lowest || !highest) return `There are no figures to set ${said} against.`;
  if (below === 0) {
    const share = lowest.name === "10th percentile" ? ": more than 9 in 10 of those counted earn more" : "";
    return `${said} is below the ${named(lowest)} for ${among}${share}.`;
  }
  if (below === points.length) {
    const share = highest.name === "90th percentile" ? ": more than 9 in 10 of those counted earn less" : "";
    return `${said} is above the ${named(highest)} for ${among}${share}.`;
  }
  const [under, over] = [points[below - 1], points[below]] as [Point, Point];
  const median = points.find((p) => p.name === "median");
  if (!median) return `${said} is between the ${named(under)} and the ${named(over)} for ${among}.`;
  const side = `${amount < median.value ? "below" : "above"} the ${named(median)}`;
  const short = (p: Point) => (p === median ? "median" : named(p));
  return `${said} is ${side} for ${among}, between the ${short(under)} and the ${short(over)}.`;
}

/** Where an amount stands against one curated figure: a range (below, within, above) or a single value. */
function standingAgainst(amount: number, f: Figure, named: string): string | undefined {
  if (f.unit !== "usd") return undefined;
  const said = usd(amount);
  if (f.min !== undefined && f.max !== undefined) {
    const where = amount < f.min ? "below" : amount > f.max ? (f.openEnded ? "within" : "above") : "within";
    return `${said} is ${where} ${named}: ${usd(f.min)} – ${usd(f.max)}.`;
  }
  if (f.value === undefined) return undefined;
  const share = Math.round((Math.abs(amount - f.value) / f.value) * 100);
  if (share === 0) return `${said} is about ${named}: ${usd(f.value)}.`;
  return `${said} is ${share}% ${amount < f.value ? "below" : "above"} ${named}: ${usd(f.value)}.`;
}

/** What the amount is set against: a role's or an occupation's figures, and what to say of them. */
export interface WeighedAgainst {
  /** The role or occupation as the answer names it ("Data Analyst", "Registered Nurses"). */
  subject: string;
  role?: PayWeighed["role"];
  /** The official occupation whose percentiles the amount is set against, if it has any. */
  occupation?: OfficialOccupation;
  /** Curated figures for the level or place asked, or the role's curated range where no official one is. */
  curated: { figure: Figure; named: string }[];
  /** Said before where the amount stands: employers named that have no figures. */
  lead: string[];
  /** Said of the figures before the rest: another place or level than asked, the occupation counted. */
  notes: string[];
  followups: string[];
}

/** One amount by the year: as stated, or an hourly one times the hours of a working year. */
const byTheYear = (amount: number, per: PayStated["per"]) =>
  per === "year" ? amount : Math.round(amount * hoursInYear);

/** An amount as stated, by its period ("$82,000 a year", "$38.00 an hour"). */
const statedAs = (amount: number, per: PayStated["per"]) =>
  per === "year" ? `${usd(amount)} a year` : `${usd(amount, true)} an hour`;

/**
 * The amount by the year: as stated, or an hourly one times the hours of a working year, saying so. A range
 * ("95-110k") is said as one ("$95,000 – $110,000 a year") and each end placed by itself.
 */
function yearlyOf(stated: PayStated): {
  ends: { amount: number; placed: string }[];
  said: string;
  yearly?: string;
} {
  const { per } = stated;
  const stops = [stated.amount, ...(stated.upTo !== undefined ? [stated.upTo] : [])];
  const cents = per === "hour";
  const said =
    stops.length === 2
      ? `${stops.map((n) => usd(n, cents)).join(" – ")} ${per === "year" ? "a year" : "an hour"}`
      : statedAs(stated.amount, per);
  const ends = stops.map((n) => {
    const amount = byTheYear(n, per);
    const perYear = `${usd(amount)} a year`;
    return { amount, placed: per === "year" ? perYear : `${perYear} (${statedAs(n, per)})` };
  });
  if (per === "year") return { ends, said };
  const years = ends.map((end) => usd(end.amount)).join(" – ");
  return {
    ends,
    said,
    yearly: `${said} is about ${years} a year at ${hoursInYear.toLocaleString("en-US")} hours (40 a week for 52 weeks).`,
  };
}

/** How each end of a range is said before where it stands ("At its low end, "); nothing for one amount. */
const endOpening = (ends: number, at: number) =>
  ends < 2 ? "" : at === 0 ? "At the low end of the range, " : "At the top of the range, ";

/** The answer to an amount stated: where it stands among the official percentiles and the curated figures. */
export function payWeighed(kb: KnowledgeBase, stated: PayStated, against: WeighedAgainst): PayWeighed {
  const { ends, said, yearly } = yearlyOf(stated);
  const o = against.occupation;
  const points = o ? percentiles(o) : [];
  // The release and source every percentile cites: those of the occupation's own pay figures.
  const cited = o && kb.official ? payFigures(o, kb.official.manifest)[0] : undefined;
  const pointFigure = (p: Point): Figure => ({
    label: `${p.name[0]?.toUpperCase()}${p.name.slice(1)}`,
    value: p.value,
    unit: "usd",
    basis: "base",
    source: cited?.source ?? "",
    asOf: cited?.asOf ?? "",
  });
  const scale = cited ? points.map((p) => figureView(kb, pointFigure(p))) : [];
  const [first] = scale;
  const opened = (line: string, at: number) => {
    const opening = endOpening(ends.length, at);
    return opening ? `${opening}${line}` : line;
  };
  const official =
    o && first
      ? ends.map((end, at) =>
          opened(
            standingAmong(
              end.amount,
              points,
              `${o.title.toLowerCase()} across the US (${citationText(first.citation)})`,
            ),
            at,
          ),
        )
      : [];
  const curated = against.curated.flatMap(({ figure, named }) => {
    const view = figureView(kb, figure);
    const lines = ends.flatMap((end, at) => {
      const line = standingAgainst(end.amount, figure, `${named} (${citationText(view.citation)})`);
      return line ? [opened(line, at)] : [];
    });
    return lines.length ? [{ lines, view }] : [];
  });
  const verdicts = [...curated.flatMap((c) => c.lines), ...official];
  const base = stated.base
    ? "You gave base pay, which is what the BLS figures measure: they leave out bonuses, stock and benefits."
    : "The BLS figures are base wages, without bonuses, stock or benefits: if the amount includes those, set its base alone against them.";
  const notes = [
    ...(verdicts.length === 0
      ? [`The advisor has no pay figures for ${against.subject} to set ${said} against.`]
      : []),
    ...against.notes,
    ...(official.length > 0 ? [base] : []),
    "The figures say where the amount sits among what others are paid; whether an offer is fair also rests on the employer, your experience and the rest of the package, which they do not measure.",
  ];
  const curatedViews = curated.map((c) => c.view);
  return {
    kind: "pay-weighed",
    subject: against.subject,
    ...(against.role ? { role: against.role } : o ? { soc: o.soc } : {}),
    stated: said,
    placed: ends.map((end) => ({
      amount: end.placed,
      below: points.filter((p) => p.value < end.amount).length,
    })),
    ...(yearly ? { yearly } : {}),
    lead: against.lead,
    verdicts,
    scale,
    against: curatedViews,
    notes,
    citations: uniqueCitations([...curatedViews, ...scale].map((f) => f.citation)),
    followups: against.followups,
  };
}
