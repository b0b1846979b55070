import { formatFigure } from "../knowledge/core/figure-text.js";
import type { Figure, Source } from "../knowledge/core/schema.js";
import type { Manifest, OfficialOccupation, Published } from "./layer.js";

/**
 * The layer's records as the knowledge's figures and sources, so that every answer cites official figures
 * the same way it cites the source articles: "BLS OEWS, May 2025", with the agency page as the link.
 * Source ids start with `official-`, a prefix the authored knowledge may not use.
 */

export const officialSourcePrefix = "official-";
const ids = {
  oews: (soc: string) => `${officialSourcePrefix}oews-${soc}`,
  projections: (soc: string) => `${officialSourcePrefix}ep-${soc}`,
  onet: (soc: string) => `${officialSourcePrefix}onet-${soc}`,
};

/** The SOC code of an official figure's source id ("official-oews-15-2051" → "15-2051"), else undefined. */
export function socOfSource(source: string): string | undefined {
  return source.startsWith(officialSourcePrefix) ? /(\d{2}-\d{4})$/.exec(source)?.[1] : undefined;
}

/** The release without its series name: "OEWS May 2025" → "May 2025", "Projections 2024–34" → "2024–34". */
export const asOf = (release: string) => release.replace(/^(OEWS|Projections)\s+/, "");

/** What BLS prints instead of a wage, said in words. */
export function markText(mark: Exclude<Published, number>): string {
  return mark === "#" ? "at or above the top wage BLS publishes" : "not released by BLS";
}

export function officialSources(o: OfficialOccupation, m: Manifest): Source[] {
  const out: Source[] = [];
  if (o.sources.oews)
    out.push({
      id: ids.oews(o.soc),
      short: "BLS OEWS",
      title: `BLS Occupational Employment and Wage Statistics, national estimates: ${o.title} (${o.soc})`,
      publisher: "U.S. Bureau of Labor Statistics",
      url: o.sources.oews,
      asOf: asOf(m.releases.oews),
    });
  if (o.sources.projections && m.releases.projections)
    out.push({
      id: ids.projections(o.soc),
      short: "BLS Employment Projections",
      title: `BLS Employment Projections, Table 1.2: ${o.title} (${o.soc})`,
      publisher: "U.S. Bureau of Labor Statistics",
      url: o.sources.projections,
      asOf: asOf(m.releases.projections),
    });
  if (o.sources.onet && m.releases.onet)
    out.push({
      id: ids.onet(o.soc),
      short: `${m.releases.onet} (CC BY 4.0)`,
      title: `${m.releases.onet} Database, ${o.title}: USDOL/ETA, used under the CC BY 4.0 license`,
      publisher: "National Center for O*NET Development, for USDOL/ETA",
      url: o.sources.onet,
      asOf: m.releases.onet,
    });
  return out;
}

const lower = (title: string) => title.toLowerCase();

/** "$82,460 – $214,670", or with a mark: "$82,460 – at or above the top wage BLS publishes". */
function range(
  label: string,
  low: Published | undefined,
  high: Published | undefined,
  source: string,
  when: string,
  unit: "usd" | "usd_per_hour" = "usd",
): Figure | undefined {
  if (low === undefined || high === undefined) return undefined;
  const base = { label, unit, basis: "base" as const, source, asOf: when };
  if (typeof low === "number" && typeof high === "number") return { ...base, min: low, max: high };
  const side = (v: Published) => (typeof v === "number" ? formatFigure({ ...base, value: v }) : markText(v));
  return { ...base, text: `${side(low)} – ${side(high)}` };
}

/** Median, middle half, 10th–90th percentile and employment, from OEWS. */
export function payFigures(o: OfficialOccupation, m: Manifest): Figure[] {
  const p = o.pay;
  if (!p || !o.sources.oews) return [];
  const source = ids.oews(o.soc);
  const when = asOf(m.releases.oews);
  const name = lower(o.title);
  const out: (Figure | undefined)[] = [];
  if (p.median !== undefined)
    out.push(
      typeof p.median === "number"
        ? {
            label: `Median annual wage, ${name} (US)`,
            value: p.median,
            unit: "usd",
            basis: "base",
            source,
            asOf: when,
          }
        : { label: `Median annual wage, ${name} (US)`, text: markText(p.median), source, asOf: when },
    );
  out.push(range(`Middle half earned (25th–75th percentile), ${name}`, p.p25, p.p75, source, when));
  out.push(range(`10th–90th percentile, ${name}`, p.p10, p.p90, source, when));
  return out.filter((f): f is Figure => f !== undefined);
}

/**
 * Whether the occupation's OEWS record carries BLS's hourly wages, a number or a mark: a layer imported
 * before they were kept has none, which is not the same as BLS publishing none.
 */
export const hasHourlyWages = (o: OfficialOccupation) => o.pay?.hourlyMedian !== undefined;

/**
 * Whether BLS publishes annual wages only for the occupation (its hourly ones "*", its annual median a
 * number): teachers, pilots, athletes, whom BLS counts as paid by the year for fewer than 2,080 hours.
 */
export const annualOnly = (o: OfficialOccupation) =>
  o.pay?.hourlyMedian === "*" && typeof o.pay.median === "number";

/**
 * Whether BLS publishes hourly wages only for the occupation (its hourly median a number, its annual one
 * not released): actors, dancers, musicians, whom BLS counts as paid by the hour for fewer than 2,080 hours.
 */
export const hourlyOnly = (o: OfficialOccupation) =>
  typeof o.pay?.hourlyMedian === "number" && typeof o.pay.median !== "number";

/**
 * The hourly median and middle half, from OEWS. For an occupation BLS publishes annual wages only for,
 * one figure in words that says so; none where the layer holds no hourly wages (`hasHourlyWages`).
 */
export function hourlyPayFigures(o: OfficialOccupation, m: Manifest): Figure[] {
  const p = o.pay;
  if (!p || !o.sources.oews || p.hourlyMedian === undefined) return [];
  const source = ids.oews(o.soc);
  const when = asOf(m.releases.oews);
  const name = lower(o.title);
  const label = `Median hourly wage, ${name} (US)`;
  if (annualOnly(o))
    return [{ label, text: "none: BLS publishes annual wages only for this occupation", source, asOf: when }];
  const median: Figure =
    typeof p.hourlyMedian === "number"
      ? { label, value: p.hourlyMedian, unit: "usd_per_hour", basis: "base", source, asOf: when }
      : { label, text: markText(p.hourlyMedian), source, asOf: when };
  const middle = range(
    `Middle half earned per hour (25th–75th percentile), ${name}`,
    p.hourlyP25,
    p.hourlyP75,
    source,
    when,
    "usd_per_hour",
  );
  return middle ? [median, middle] : [median];
}

/** Employment (OEWS), projected change and openings (Projections). */
export function outlookFigures(o: OfficialOccupation, m: Manifest): Figure[] {
  const out: Figure[] = [];
  const name = lower(o.title);
  if (o.pay?.employment !== undefined && o.sources.oews)
    out.push(
      typeof o.pay.employment === "number"
        ? {
            label: `Employment, ${name} (US)`,
            value: o.pay.employment,
            unit: "count",
            source: ids.oews(o.soc),
            asOf: asOf(m.releases.oews),
          }
        : {
            label: `Employment, ${name} (US)`,
            text: "not released by BLS",
            source: ids.oews(o.soc),
            asOf: asOf(m.releases.oews),
          },
    );
  const t = o.outlook;
  if (t && m.releases.projections && o.sources.projections) {
    const years = asOf(m.releases.projections);
    const source = ids.projections(o.soc);
    out.push({
      label: `Projected employment change, ${name}, ${years}${t.changePercent < 0 ? " (a decline)" : ""}`,
      // Derived figures may be negative: BLS projects some occupations to shrink.
      value: t.changePercent,
      unit: "percent",
      source,
      asOf: years,
    });
    out.push({
      label: `Openings projected each year, ${name}, ${years} average`,
      value: Math.round(t.openingsThousands * 1000),
      qualifier: "about",
      unit: "count",
      source,
      asOf: years,
    });
  }
  return out;
}

/** Entry education and experience as the lines a role's education section shows. */
export function entryLines(
  o: OfficialOccupation,
  m: Manifest,
): { education: string[]; experience: string[] } {
  const t = o.outlook;
  const cite = `BLS Employment Projections ${asOf(m.releases.projections ?? "")}`;
  const name = lower(o.title);
  return {
    education: t?.education
      ? [`Typical entry-level education for ${name} in the US: ${t.education.toLowerCase()} (${cite}).`]
      : [],
    experience: t?.experience
      ? [`Work experience in a related occupation for ${name}: ${t.experience.toLowerCase()} (${cite}).`]
      : [],
  };
}

/** Typical entry education, experience and training (Projections), as figures in words. */
export function entryFigures(o: OfficialOccupation, m: Manifest): Figure[] {
  const t = o.outlook;
  if (!t || !m.releases.projections || !o.sources.projections) return [];
  const cited = { source: ids.projections(o.soc), asOf: asOf(m.releases.projections) };
  return [
    ...(t.education ? [{ label: "Typical entry-level education", text: t.education, ...cited }] : []),
    ...(t.experience
      ? [{ label: "Work experience in a related occupation", text: t.experience, ...cited }]
      : []),
    ...(t.training ? [{ label: "Typical on-the-job training", text: t.training, ...cited }] : []),
  ];
}

/** The hot technologies O*NET names for the occupation, as one text figure. */
export function technologyFigure(o: OfficialOccupation, m: Manifest): Figure | undefined {
  const tech = o.onet?.hotTechnologies ?? [];
  if (tech.length === 0 || !m.releases.onet || !o.sources.onet) return undefined;
  return {
    label: `Tools named for this occupation (O*NET hot technologies)`,
    text: tech.slice(0, 12).join(", "),
    source: ids.onet(o.soc),
    asOf: m.releases.onet,
  };
}
