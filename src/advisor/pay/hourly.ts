import type { KnowledgeBase } from "../../knowledge/base.js";
import { formatFigure } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import { occupationsOf } from "../../official/data.js";
import { annualOnly, hasHourlyWages, hourlyPayFigures } from "../../official/figures.js";
import type { OfficialOccupation } from "../../official/layer.js";
import type { Citation, PayComparison, QuestionAnswer } from "../answers.js";
import { figureView, uniqueCitations } from "../parts/answer-parts.js";
import { factLines } from "../parts/fact-answer.js";
import { hourlyNotImported } from "../parts/official-missing.js";

/*
 * Pay asked per hour. The only hourly figures the knowledge holds are BLS's (OEWS hourly median and middle
 * half, per occupation); the source articles quote annual salaries. So an hourly answer gives BLS's figures
 * for the occupations behind it, says plainly where BLS publishes none, and never works one out from an
 * annual figure.
 */

/** BLS's hourly wages for some occupations, as fact lines with their sources. */
export interface HourlyWages {
  lines: string[];
  citations: Citation[];
  /** Whether any line gives an hourly figure (not only that there is none). */
  found: boolean;
}

/**
 * Each occupation's hourly median and middle half (or, for one BLS publishes annual wages only for, a line
 * saying so); where the loaded layer predates hourly wages, one line saying how to load them.
 */
function hourlyWagesOf(kb: KnowledgeBase, occupations: readonly OfficialOccupation[]): HourlyWages {
  const m = kb.official?.manifest;
  const withPay = occupations.filter((o) => o.pay !== undefined);
  if (!m || withPay.length === 0) return { lines: [], citations: [], found: false };
  const figures = withPay.flatMap((o) => hourlyPayFigures(o, m)).map((f) => figureView(kb, f));
  const notImported = withPay.some((o) => !hasHourlyWages(o));
  return {
    lines: [...factLines(figures), ...(notImported ? [hourlyNotImported] : [])],
    citations: uniqueCitations(figures.map((f) => f.citation)),
    found: figures.some((f) => f.amount !== undefined),
  };
}

/** Whether the role's file has pay figures of its own (from the source articles), all of them annual. */
const hasArticlePay = (role: Role) => {
  const s = role.salary;
  return Boolean(
    s && [s.levels, s.locations, s.headline, s.totalComp, s.companies].some((list) => list.length > 0),
  );
};

/**
 * A role's pay asked per hour: BLS's hourly wages for the role's occupations first, then the pay answer as
 * it is asked without the hour (`annual`), under a line that says its figures are annual.
 * `narrowed` says the question named a level, place or employer, which BLS's national figures do not split.
 * `missing`: what the figures hold nothing for among the employers named ("No figures for Amazon: …"), said
 * before any figure, so that no hourly wage reads as that employer's (otherwise said only under "Annual pay:",
 * after BLS's hourly wages).
 */
export function hourlyPayAnswer(
  kb: KnowledgeBase,
  role: Role,
  annual: QuestionAnswer,
  narrowed: boolean,
  missing: readonly string[] = [],
): QuestionAnswer {
  const hourly = hourlyWagesOf(kb, occupationsOf(role, kb.official));
  // Said once, first: the annual answer's own headline leads with the same words.
  const lead = missing.join(" ");
  const annualHeadline =
    lead && annual.headline?.startsWith(lead) ? annual.headline.slice(lead.length).trim() : annual.headline;
  const facts = [
    ...hourly.lines,
    ...(hourly.lines.length === 0 ? [`The knowledge base has no hourly figures for ${role.name}.`] : []),
    ...(hourly.found && narrowed
      ? [
          "BLS's hourly wages are national and for all levels: it does not split them by level, place or employer.",
        ]
      : []),
    ...(hasArticlePay(role)
      ? ["The source articles' figures are annual salaries; they give no hourly ones."]
      : []),
    "Annual pay:",
    ...(annualHeadline && annualHeadline !== `${role.name} pay:` ? [annualHeadline] : []),
    ...annual.facts,
  ];
  return {
    ...annual,
    headline: lead ? `${lead} General figures for ${role.name}, per hour:` : `${role.name} pay per hour:`,
    facts,
    citations: uniqueCitations([...hourly.citations, ...annual.citations]),
  };
}

/** What BLS says of the occupations it publishes annual wages only for, in our words. */
const annualOnlyWhy =
  "BLS publishes annual wages only for occupations typically paid by the year that work fewer than 2,080 hours in it, such as teachers, pilots and athletes.";

/**
 * "per hour?" after a pay answer: whether its figures were hourly; if not, BLS's hourly wages for the
 * occupations behind them, or plainly that BLS publishes none for them. `articles` names the source
 * articles whose (annual) figures the answer showed.
 */
export function hourlyFollowUp(
  kb: KnowledgeBase,
  occupations: readonly OfficialOccupation[],
  articles: readonly string[],
  hourlyShown: boolean,
): { headline: string; facts: string[]; citations: Citation[] } {
  const hourly = hourlyWagesOf(kb, occupations);
  if (hourlyShown)
    return {
      headline:
        "Yes: the hourly figures shown are BLS's wages per hour; the others are annual, pay for a year.",
      facts: hourly.lines,
      citations: hourly.citations,
    };
  const none = occupations.filter(annualOnly);
  const annual = "No: the figures are annual, pay for a year, not hourly.";
  const noneSaid =
    none.length > 0 && !hourly.found
      ? ` BLS publishes no hourly wage for ${none.map((o) => o.title.toLowerCase()).join(" or ")}: only annual ones.`
      : "";
  return {
    headline: hourly.found ? `${annual} BLS's hourly wages:` : `${annual}${noneSaid}`,
    facts: [
      ...hourly.lines,
      ...(none.length > 0 ? [annualOnlyWhy] : []),
      ...(articles.length
        ? [`The ${articles.join(" and ")} figures are annual salaries; they give no hourly ones.`]
        : []),
      ...(hourly.lines.length === 0 ? ["The knowledge base holds no hourly figures for them."] : []),
    ],
    citations: hourly.citations,
  };
}

/**
 * A pay comparison asked per hour ("swe vs mle hourly pay"): BLS's hourly median for each side's
 * occupations, said first in its note; the figures set side by side stay the annual ones, labelled so.
 */
export function withHourlyMedians(
  kb: KnowledgeBase,
  answer: PayComparison,
  roles: readonly Role[],
): PayComparison {
  const m = kb.official?.manifest;
  if (!m) return answer;
  const occupations = roles.flatMap((r) => occupationsOf(r, kb.official));
  const sides = roles.map((r) => {
    const medians = occupationsOf(r, kb.official).flatMap((o) => {
      const [median] = hourlyPayFigures(o, m);
      return median ? [`${formatFigure(median)} (${o.title.toLowerCase()})`] : [];
    });
    return `${r.name} ${medians.length ? medians.join(", ") : "none"}`;
  });
  const said = occupations.some((o) => !hasHourlyWages(o))
    ? hourlyNotImported
    : `Per hour, BLS's hourly medians (BLS OEWS, ${m.releases.oews.replace(/^OEWS /, "")}): ${sides.join("; ")}. The figures below are annual.`;
  return { ...answer, note: answer.note ? `${said} ${answer.note}` : said };
}
