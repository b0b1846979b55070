import type { KnowledgeBase } from "../../knowledge/base.js";
import { formatFigure } from "../../knowledge/core/figure-text.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { occupationsOf } from "../../official/data.js";
import { socOfSource } from "../../official/figures.js";
import { possessive } from "../parts/answer-parts.js";

/*
 * "is that good money" after a pay answer: whether pay is good depends on the person (where they live,
 * their level, what they set it against), and the knowledge holds no all-occupations median to set a
 * figure against. What it can say is said: the spread the figure sits in, where the role's official median
 * stands among the curated roles', and a place's or level's figure against the same source's national one.
 */

const usd = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/** The first official median of each curated role's occupations, one per role. */
function curatedMedians(kb: KnowledgeBase): { role: Role; median: number }[] {
  return kb.knowledge.roles.flatMap((role) => {
    const median = occupationsOf(role, kb.official).find((o) => typeof o.pay?.median === "number")?.pay
      ?.median;
    return typeof median === "number" ? [{ role, median }] : [];
  });
}

/** Where an official median shown stands among the curated roles' medians. */
function standing(kb: KnowledgeBase, median: Figure, subject: string): string | undefined {
  const all = curatedMedians(kb);
  if (all.length < 2) return undefined;
  const values = all.map((m) => m.median);
  const at = median.value ?? 0;
  const higher = values.filter((v) => v > at).length;
  const lower = values.filter((v) => v < at).length;
  const range = `which run from ${usd(Math.min(...values))} to ${usd(Math.max(...values))}`;
  const place =
    higher === 0
      ? "is the highest"
      : lower === 0
        ? "is the lowest"
        : `has ${higher} of them higher and ${lower} lower`;
  return `Among the official medians of the ${all.length} tech roles the advisor covers (${range}), ${possessive(subject)} ${formatFigure(median)} ${place}.`;
}

/** A figure for a place or level set against the same source's national figure for the role. */
function againstNational(role: Role, figure: Figure): string | undefined {
  const s = role.salary;
  if (!s) return undefined;
  const where =
    s.locations.find((l) => l.figure === figure)?.figure ?? s.levels.find((l) => l.figure === figure)?.figure;
  const national = s.headline.find((h) => h.source === figure.source && h.unit === figure.unit);
  const [here, there] = [figure.value, national?.value];
  if (!where || !national || here === undefined || !there || here === there) return undefined;
  const share = Math.round((Math.abs(here - there) / there) * 100);
  const side = here > there ? "above" : "below";
  return `${formatFigure(figure)} is ${share}% ${side} ${role.name}'s national figure from the same source (${formatFigure(national)}).`;
}

/** The headline and lines of the answer to "is that good money", from the pay figures the last answer showed. */
export function judgedLines(
  kb: KnowledgeBase,
  shown: Figure[],
  roles: Role[],
  subject: string,
): [string, string[]] {
  const official = shown.filter((f) => f.basis === "base" && socOfSource(f.source) !== undefined);
  const median = official.find((f) => /\bmedian\b/i.test(f.label));
  const middle = official.filter((f) => /25th–75th/.test(f.label));
  const [role] = roles;
  const lines = [
    ...middle.map((f) => `${f.label}: ${formatFigure(f)} (half of those counted earn within it)`),
    ...(median ? [standing(kb, median, subject)] : []),
    ...(role ? shown.map((f) => againstNational(role, f)) : []),
  ].filter((l): l is string => l !== undefined);
  const headline =
    "Whether it is good money depends on where you live, your level and what you compare it with; the knowledge has no median for all US workers to set it against.";
  return lines.length
    ? [`${headline} What the figures can say:`, lines]
    : [`${headline} The figures shown are all it has.`, shown.map((f) => `${f.label}: ${formatFigure(f)}`)];
}
