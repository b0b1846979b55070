import type { KnowledgeBase } from "../../knowledge/base.js";
import { cite, formatFigure } from "../../knowledge/core/figure-text.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { occupationsOf } from "../../official/data.js";
import { hourlyPayFigures, payFigures, socOfSource } from "../../official/figures.js";
import type { OfficialOccupation } from "../../official/layer.js";
import type { FiguresAsked } from "../../understanding/shape/figure-questions.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer, Citation } from "../answers.js";
import { figureView, roleCitations, uniqueCitations } from "../parts/answer-parts.js";
import { factAnswer, factLines, roleFollowups } from "../parts/fact-answer.js";
import { hourlyFollowUp } from "./hourly.js";
import { judgedLines } from "./pay-judged.js";

/*
 * Answers about the thread's last answer itself, worked out again for its roles and question: what its pay
 * figures are (before tax, annual, in US dollars, base pay or not) and where it comes from. Every statement
 * rests on the figures and sources that answer shows.
 */

/** The sources an answer cites, of whatever kind it is. */
function citationsOf(answer: Answer): Citation[] {
  switch (answer.kind) {
    case "role":
    case "compare":
    case "salary":
    case "trends":
    case "answer":
    case "pay-compare":
    case "out-of-scope":
    case "occupation":
    case "ranking":
      return answer.citations;
    case "gap":
      return [...(answer.weighing?.citations ?? []), ...(answer.curated ? [answer.curated.citation] : [])];
    default:
      return [];
  }
}

/** Every pay figure of a role's file, the government's among them. */
function payFiguresOf(role: Role): Figure[] {
  const s = role.salary;
  if (!s) return [];
  return [
    ...s.levels.flatMap((l) => [l.figure, ...l.extra]),
    ...s.locations.flatMap((l) => [l.figure, ...l.extra]),
    ...s.totalComp,
    ...s.companies.flatMap((c) => c.figures),
    ...s.headline,
    ...s.modifiers,
    ...s.government,
  ];
}

/** The pay figures an answer showed, sorted by kind: the government's (base pay) and the source articles'. */
interface ShownPay {
  figures: Figure[];
  /** Whether it showed BLS OEWS wages. */
  official: boolean;
  /** The short names of the source articles whose pay figures it showed. */
  articles: string[];
}

/** The official occupations of the thread's roles (each role's occupations) or of the thread's occupation. */
function threadOccupations(kb: KnowledgeBase, u: Understanding): OfficialOccupation[] {
  const occupation = u.threadOccupation ? kb.official?.bySoc.get(u.threadOccupation) : undefined;
  return [...u.roles.flatMap((r) => occupationsOf(r, kb.official)), ...(occupation ? [occupation] : [])];
}

/**
 * Which of the pay figures the thread's roles (or occupation) have the answer shows: those whose value it
 * says. Its sources list every source of the role's pay, shown or not, so they cannot tell.
 */
function shownPay(kb: KnowledgeBase, u: Understanding, shown: Answer): ShownPay {
  const m = kb.official?.manifest;
  const occupation = u.threadOccupation ? kb.official?.bySoc.get(u.threadOccupation) : undefined;
  const candidates = [
    ...u.roles.flatMap(payFiguresOf),
    ...(occupation && m ? payFigures(occupation, m) : []),
    ...(m ? threadOccupations(kb, u).flatMap((o) => hourlyPayFigures(o, m)) : []),
  ];
  const said = JSON.stringify(shown);
  const figures = candidates.filter(
    (f) => (f.unit === "usd" || f.unit === "usd_per_hour") && said.includes(formatFigure(f)),
  );
  const articles = new Set(figures.filter((f) => f.basis !== "base").map((f) => f.source));
  return {
    figures,
    official: figures.some((f) => f.basis === "base"),
    articles: [...articles].map((id) => kb.sources.get(id)?.short ?? id),
  };
}

/** "Data Scientist", "Back-End Developer and Front-End Developer", or the occupation's title. */
function subjectOf(kb: KnowledgeBase, u: Understanding): string {
  if (u.roles.length > 0) return u.roles.map((r) => r.name).join(" and ");
  const soc = u.threadOccupation;
  return (soc ? kb.official?.bySoc.get(soc)?.title : undefined) ?? "that";
}

const the = (names: string[]) => `The ${names.join(" and ")} figures`;

/** "is that median or starting": the figure shown is the median, with the spread as the nearest to a start. */
function spreadLines(shown: ShownPay): [string, string[]] {
  const line = (f: Figure) => `${f.label}: ${formatFigure(f)}`;
  const medians = shown.figures.filter((f) => /\bmedian\b/i.test(f.label));
  const spreads = shown.figures.filter((f) => /percentile/i.test(f.label));
  const headline = medians.length
    ? "The main figure shown is the median: half earn more, half less. It is no starting salary; the sources give none as such, and the low end of the spread is the nearest:"
    : "The last answer showed no median. The sources give no starting salary as such; the spread shown is below:";
  return [headline, [...medians, ...spreads].map(line)];
}

/** "25th", "90th", "50th": a percentile said as its ordinal. */
const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

/**
 * The percentiles the figures shown give, each as a line of its own: a range's ends ("10th–90th percentile",
 * "Middle half earned (25th–75th percentile)") and the median as the 50th. What follows the label's first
 * comma (", registered nurses") names whose figure it is.
 */
function percentilePoints(shown: ShownPay): Map<number, string[]> {
  const points = new Map<number, string[]>();
  const add = (at: number, f: Figure, value: number) => {
    const whose = f.label.includes(",") ? f.label.slice(f.label.indexOf(",")) : "";
    const said = formatFigure({ ...f, min: undefined, max: undefined, value });
    points.set(at, [...(points.get(at) ?? []), `${ordinal(at)} percentile${whose}: ${said}`]);
  };
  for (const f of shown.figures) {
    const range = f.label.match(/\b(\d{2})th[–-](\d{2})th percentile/);
    if (range && f.min !== undefined && f.max !== undefined) {
      add(Number(range[1]), f, f.min);
      add(Number(range[2]), f, f.max);
    } else if (/\bmedian\b/i.test(f.label) && f.value !== undefined) add(50, f, f.value);
  }
  return points;
}

/**
 * "whats the top 10% then", "the 25th percentile", "bottom quarter": that percentile of the figures shown.
 * BLS publishes only the 10th, 25th, 50th, 75th and 90th; any other is said so, with those it has.
 */
function percentileLines(shown: ShownPay, at: number, company?: string): [string, string[]] {
  const points = percentilePoints(shown);
  const found = points.get(at);
  if (!found) {
    const all = [...points.keys()].sort((a, b) => a - b).flatMap((p) => points.get(p) ?? []);
    return all.length
      ? [
          `The figures give no ${ordinal(at)} percentile: BLS publishes only the 10th, 25th, 50th (median), 75th and 90th. Those shown:`,
          all,
        ]
      : [
          `The last answer showed no ${ordinal(at)} percentile figure.`,
          shown.figures.map((f) => `${f.label}: ${formatFigure(f)}`),
        ];
  }
  const headline =
    at === 50
      ? "The 50th percentile is the median: half earn more, half less:"
      : at > 50
        ? `The top ${100 - at}% earn at least the ${ordinal(at)} percentile figure shown:`
        : `The bottom ${at}% earn at most the ${ordinal(at)} percentile figure shown; ${100 - at}% earn more:`;
  // "meta e5 data scientist pay", then "what about 90th percentile?": the percentile is the occupation's
  // across the US, which no one employer's (nor level's) pay is; said so, lest it read as Meta's.
  const whose =
    company && shown.official
      ? `National figure: BLS's, for the whole occupation across all US employers and levels, not ${company}'s.`
      : undefined;
  return [whose ? `${whose} ${headline}` : headline, found];
}

/** "is that before tax", "take home?": gross figures; no after-tax pay anywhere. */
function taxLines(shown: ShownPay): [string, string[]] {
  return [
    "They are gross figures, before tax.",
    [
      ...(shown.official
        ? ["BLS OEWS wages are gross pay, before taxes and other deductions, and base pay only."]
        : []),
      ...(shown.articles.length ? [`${the(shown.articles)} are salaries, which are quoted before tax.`] : []),
      "The knowledge base has no after-tax (take-home) figures: what is left after tax depends on where you live and on your own situation.",
    ],
  ];
}

const perWord = { hour: "hourly", week: "weekly", month: "monthly", year: "annual" } as const;

/** "is that per year", "monthly?": annual figures, and none by the week or month ("per hour?": `hourlyFollowUp`). */
function periodLines(per: keyof typeof perWord): [string, string[]] {
  if (per === "year") return ["Yes: the figures are annual, pay for a year.", []];
  return [
    `No: the figures are annual, pay for a year, not ${perWord[per]}.`,
    [`The knowledge base holds no ${perWord[per]} figures.`],
  ];
}

/**
 * "is that national?", "is this us only": the BLS wages are national estimates, with no state or city
 * breakdown; the articles' figures are the US's, as their currency says, but where a label names a place.
 */
function scopeLines(shown: ShownPay): [string, string[]] {
  const official = shown.figures.find((f) => f.basis === "base");
  const articles = shown.articles.length
    ? [
        `${the(shown.articles)} are for jobs in the US, except any whose label names a place, which are that place's.`,
      ]
    : [];
  if (!official) return [articles[0] ?? "", articles.slice(1)];
  return [
    `National: the BLS OEWS wages shown are national estimates, for the whole US (${official.asOf}); the official figures have no state or city breakdown.`,
    articles,
  ];
}

/** "in euros?": US dollars, for the US; nothing to convert with. */
function currencyLines(currency: string): [string, string[]] {
  if (currency === "US dollars") return ["Yes: the figures are in US dollars, for jobs in the US.", []];
  return [
    "The figures are in US dollars, for jobs in the US.",
    [`The knowledge base has no figures in ${currency}, and no exchange rates to convert them.`],
  ];
}

/** "does that include bonus": what the figures shown take in, then each role's total pay where known. */
function extrasLines(kb: KnowledgeBase, shown: ShownPay, roles: Role[]): [string, string[]] {
  const withTotal = roles.filter((r) => (r.salary?.totalComp.length ?? 0) > 0);
  const without = roles.filter((r) => !withTotal.includes(r));
  const [headline = "", ...said] = [
    ...(shown.official
      ? [
          `${shown.articles.length ? "The" : "No: the"} BLS OEWS wages are base pay only: year-end bonuses, overtime, stock and benefits are not in them.`,
        ]
      : []),
    ...(shown.articles.length
      ? [
          `${the(shown.articles)} are salaries; the knowledge base does not say whether they take in bonus or stock.`,
        ]
      : []),
  ];
  return [
    headline,
    [
      ...said,
      ...withTotal.flatMap((r) => [
        `${r.name} total compensation:`,
        ...factLines((r.salary?.totalComp ?? []).map((f) => figureView(kb, f))),
      ]),
      ...(without.length
        ? [
            `The knowledge base has no total-compensation figure (with bonus or stock) for ${without.map((r) => r.name).join(" or ")}.`,
          ]
        : []),
    ],
  ];
}

/** "source?": each source of the last answer by its full title, with the links below. */
function sourceLines(kb: KnowledgeBase, subject: string, citations: Citation[]): [string, string[]] {
  return [
    `Where the last answer about ${subject} comes from:`,
    citations.map((c) => {
      const source = kb.sources.get(c.sourceId);
      const by = source?.publisher ? `, ${source.publisher}` : "";
      return `${source?.title ?? c.label}${by} (${c.asOf})`;
    }),
  ];
}

/** The answer to a question about the last answer (`shown`, worked out again) of the thread. */
export function figuresAnswer(
  kb: KnowledgeBase,
  u: Understanding,
  asked: FiguresAsked,
  shown: Answer,
): Answer {
  const [first] = u.roles;
  const followups = first ? roleFollowups(first, "pay") : [];
  const subject = subjectOf(kb, u);
  if (asked.about === "source") {
    // An answer that cites nothing of its own (a checklist) comes from the roles' files and their sources.
    const cited = citationsOf(shown);
    const citations = uniqueCitations(cited.length ? cited : u.roles.flatMap((r) => roleCitations(kb, r)));
    const [headline, facts] = sourceLines(kb, subject, citations);
    return factAnswer(u.text, headline, facts, citations, followups);
  }
  const pay = shownPay(kb, u, shown);
  const citations = pay.figures.map((f) => cite(kb.sources, f.source, f.asOf));
  const hourAsked = asked.about === "period" && asked.per === "hour";
  // "per hour?" after an occupation's answer ("nurse vs software engineer pay"): that answer always shows
  // the official annual figures, though it is not worked out again (its occupation was named, not kept).
  if (pay.figures.length === 0 && !(hourAsked && u.threadOccupation))
    return factAnswer(
      u.text,
      `The last answer showed no pay figures for ${subject}.`,
      [],
      citations,
      followups,
    );
  if (hourAsked) {
    // The occupations behind the official figures shown, else the thread's (an answer of articles' figures).
    const shownSocs = new Set(pay.figures.map((f) => socOfSource(f.source)));
    const behind = threadOccupations(kb, u).filter((o) => shownSocs.has(o.soc));
    const hourly = hourlyFollowUp(
      kb,
      behind.length ? behind : threadOccupations(kb, u),
      pay.articles,
      pay.figures.some((f) => f.unit === "usd_per_hour"),
    );
    return factAnswer(
      u.text,
      hourly.headline,
      hourly.facts,
      uniqueCitations([...citations, ...hourly.citations]),
      followups,
    );
  }
  const [headline, facts] =
    asked.about === "judged"
      ? judgedLines(kb, pay.figures, u.roles, subject)
      : asked.about === "spread"
        ? spreadLines(pay)
        : asked.about === "percentile"
          ? percentileLines(pay, asked.at, u.company)
          : asked.about === "tax"
            ? taxLines(pay)
            : asked.about === "scope"
              ? scopeLines(pay)
              : asked.about === "period"
                ? periodLines(asked.per)
                : asked.about === "currency"
                  ? currencyLines(asked.currency)
                  : extrasLines(kb, pay, u.roles);
  return factAnswer(u.text, headline, facts, citations, followups);
}
