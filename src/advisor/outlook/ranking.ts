import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { occupationsOf } from "../../official/data.js";
import { outlookFigures, payFigures } from "../../official/figures.js";
import type { OfficialOccupation } from "../../official/layer.js";
import type { RankingMetric, RankingRequest } from "../../understanding/intent/ranking-request.js";
import { asksLiveMarket, threatAsked } from "../../understanding/words/timing-words.js";
import type { RankingAnswer } from "../answers.js";
import { figureView, roleRef, uniqueCitations } from "../parts/answer-parts.js";
import { officialNotLoaded } from "../parts/official-missing.js";

/** Entry requirements that need no degree, as the Employment Projections word them. */
export const noDegree: ReadonlySet<string> = new Set([
  "No formal educational credential",
  "High school diploma or equivalent",
  "Some college, no degree",
  "Postsecondary nondegree award",
]);

const rowsShown = 10;

/**
 * The number an occupation is ranked by, and how to build the figure shown for it; undefined when it has
 * none. Figures are built only for the rows shown: ranking every occupation sorts 832 numbers, not 832 figures.
 */
function measure(
  kb: KnowledgeBase,
  o: OfficialOccupation,
  metric: RankingMetric,
): { sortBy: number; figure: () => Figure | undefined } | undefined {
  const m = kb.official?.manifest;
  if (!m) return undefined;
  if (metric === "pay" || metric === "noDegree") {
    if (metric === "noDegree" && !noDegree.has(o.outlook?.education ?? "")) return undefined;
    const median = o.pay?.median;
    if (median === undefined || median === "*" || median === "**" || !o.sources.oews) return undefined;
    // "#" is at or above the top wage BLS publishes: it ranks first, shown as the mark says.
    return {
      sortBy: median === "#" ? Number.POSITIVE_INFINITY : median,
      figure: () => payFigures(o, m)[0],
    };
  }
  const sortBy = metric === "growth" ? o.outlook?.changePercent : o.outlook?.openingsThousands;
  if (sortBy === undefined) return undefined;
  return {
    sortBy,
    figure: () =>
      outlookFigures(o, m).find((f) =>
        metric === "growth" ? f.unit === "percent" : f.label.startsWith("Openings"),
      ),
  };
}

/** A role with the number it is ranked by, from the first of its official occupations that has one. */
export interface MeasuredRole {
  role: Role;
  occupation: string;
  soc: string;
  sortBy: number;
  figure: () => Figure | undefined;
}

/** `roles` each measured by `metric` (those with no figure left out), in their given order. */
export function measuredRoles(
  kb: KnowledgeBase,
  roles: readonly Role[],
  metric: RankingMetric,
): MeasuredRole[] {
  const measured: MeasuredRole[] = [];
  for (const role of roles)
    for (const o of occupationsOf(role, kb.official)) {
      const got = measure(kb, o, metric);
      if (!got) continue;
      measured.push({ role, occupation: o.title, soc: o.soc, ...got });
      break;
    }
  return measured;
}

/** Whether a figure of pay clears the bounds the question set ("over 100k"); any figure, where it set none. */
const withinPayBounds = (request: RankingRequest, pay: number) =>
  (request.payOver === undefined || pay > request.payOver) &&
  (request.payUnder === undefined || pay < request.payUnder);

/**
 * How many rows to show: as many as asked ("top 5"); every curated role that clears a bound of pay (the
 * question asked for all of them, and there are few); else the usual ten.
 */
function rowsAsked(request: RankingRequest, all: boolean): number {
  if (request.count !== undefined) return request.count;
  const bounded = request.payOver !== undefined || request.payUnder !== undefined;
  return bounded && !all ? Number.POSITIVE_INFINITY : rowsShown;
}

const dollars = (n: number) => `$${n.toLocaleString("en-US")}`;

/** The bound of pay read from the question, said so that the list's cut is the question's own. */
function boundsSaid(request: RankingRequest, kept: number): string[] {
  const { payOver, payUnder } = request;
  if (payOver === undefined && payUnder === undefined) return [];
  const bounds = [
    ...(payOver !== undefined ? [`over ${dollars(payOver)}`] : []),
    ...(payUnder !== undefined ? [`under ${dollars(payUnder)}`] : []),
  ].join(" and ");
  return [`Read from the question: a median annual wage ${bounds}; ${kept} ${kept === 1 ? "is" : "are"}.`];
}

const headings: Record<RankingMetric, string> = {
  pay: "median annual wage",
  growth: "projected employment change",
  openings: "openings projected each year",
  noDegree: "median annual wage, among occupations that need no degree to enter",
};

/**
 * Whether an official title has the word as a word of its own ("oil" is no word of "Soil and Plant
 * Scientists", "care" none of "Career/Technical Education Teachers"), in the singular or plural.
 */
const titleHasWord = (title: string, word: string): boolean =>
  new RegExp(`(?<![a-z])${word.replace(/[^a-z0-9]/g, "")}s?(?![a-z])`, "i").test(title);

/**
 * The roles a word names. "network jobs salary": the field's roles are those its word names ("Network
 * Administrator", "Network Architect"), where two or more are; not every role one of whose other names has
 * it (Cloud Architect as "cloud network architect"), which came first.
 */
function rolesMatching(pool: readonly Role[], word: string): readonly Role[] {
  const matching = (names: string) => names.toLowerCase().includes(word);
  const byName = pool.filter((role) => matching(role.name));
  return byName.length >= 2
    ? byName
    : pool.filter((role) => matching(`${role.name} ${role.aliases.join(" ")}`));
}

/**
 * Ranks the curated roles (each by its official occupation) or every occupation, best first; `among`
 * narrows the roles to a field's ("the IT roles").
 */
export function rankingAnswer(
  kb: KnowledgeBase,
  request: RankingRequest,
  among?: { field: string; roles: Role[] },
): RankingAnswer {
  const data = kb.official;
  const all = request.all && data?.complete === true;
  const word = request.filter?.toLowerCase();
  type Row = RankingAnswer["rows"][number];
  type Candidate = Omit<Row, "figure"> & { sortBy: number; figure: () => Figure | undefined };
  const candidates: Candidate[] = [];
  // "billing jobs pay", "marketing jobs pay": a word no curated role's name has ranks the occupations whose
  // official titles have it (otherwise: a list of the roles "matching billing" with none on it).
  const pool = among?.roles ?? kb.knowledge.roles;
  if (!all && word && data?.complete && rolesMatching(pool, word).length === 0) {
    const titled = data.occupations.some((o) => titleHasWord(o.title, word));
    if (titled && !among) {
      const ranked = rankingAnswer(kb, { ...request, all: true });
      return { ...ranked, notes: [`No role I know is named by “${word}”.`, ...ranked.notes] };
    }
  }
  if (all && data) {
    for (const o of data.occupations) {
      if (word && !titleHasWord(o.title, word)) continue;
      const got = measure(kb, o, request.metric);
      if (got) candidates.push({ name: o.title, occupation: o.title, soc: o.soc, ...got });
    }
  } else {
    const roles = word ? rolesMatching(pool, word) : pool;
    for (const { role, ...got } of measuredRoles(kb, roles, request.metric))
      candidates.push({ name: role.name, role: roleRef(role), ...got });
  }
  const within = candidates.filter((c) => withinPayBounds(request, c.sortBy));
  const direction = request.lowestFirst ? -1 : 1;
  within.sort((a, b) => direction * (b.sortBy - a.sortBy) || a.name.localeCompare(b.name));
  const rowsWanted = rowsAsked(request, all);
  const shown: Row[] = [];
  for (const { sortBy: _s, figure, ...row } of within) {
    if (shown.length === rowsWanted) break;
    const f = figure();
    if (f) shown.push({ ...row, figure: figureView(kb, f) });
  }
  const notes = [
    all
      ? `Ranked among ${data?.occupations.length ?? 0} occupations in the official data${word ? ` whose titles include “${word}”` : ""}, by ${headings[request.metric]}.`
      : `Ranked among the ${among ? `${among.field} roles` : "curated roles"}${word ? ` matching “${word}”` : ""}, each by the official figure of the occupation BLS counts it in, by ${headings[request.metric]}. Several roles share one occupation, so they share its figure.`,
    ...boundsSaid(request, within.length),
    ...(within.length > rowsWanted ? [`${within.length - rowsWanted} more not shown.`] : []),
    ...(request.all && !data?.complete ? [officialNotLoaded] : []),
    ...(!request.all && data?.complete
      ? ["Ask about “all occupations” to rank every occupation instead."]
      : []),
    ...(within.length === 0 ? ["Nothing in the official data matched, so there is nothing to rank."] : []),
  ];
  return {
    kind: "ranking",
    metric: request.metric,
    ...(request.lowestFirst ? { lowestFirst: true } : {}),
    ...(request.entryLevel ? { entryLevel: true } : {}),
    scope: all ? "occupations" : "roles",
    ...(word ? { filter: word } : {}),
    ...(among && !all ? { field: among.field } : {}),
    rows: shown,
    notes,
    citations: uniqueCitations(shown.map((r) => r.figure.citation)).slice(0, 10),
    followups: shown
      .filter((r) => r.role)
      .slice(0, 2)
      .map((r) => `salary ${r.name.toLowerCase()}`),
  };
}

/**
 * "is IT dying bc of AI", "will ai replace tech jobs": no source measures what may take a field's work, said
 * first; the roles' projected growth ranked below is the nearest the sources come (otherwise: the ranking
 * alone, the AI asked of left unsaid).
 */
export function threatNoted<T extends { notes: string[] }>(
  ranked: T,
  q: string,
  itField: boolean | undefined,
): T {
  const threat = threatAsked(q);
  if (!threat) return ranked;
  const whose = itField ? "IT's" : "these roles'";
  return {
    ...ranked,
    notes: [
      `No source measures how much of ${whose} work ${threat} may take over; what the sources project for each role is ranked here.`,
      ...ranked.notes,
    ],
  };
}

/**
 * "is IT hiring right now or is it all layoffs": no live figures of hiring or layoffs are held, said above the
 * rows; the openings BLS projects each year, ranked below, are the nearest the sources come (otherwise: the
 * ranking alone, as if it answered what is happening this week). Only for a ranking by openings or growth.
 */
export function liveMarketNoted(
  ranked: RankingAnswer,
  q: string,
  itField: boolean | undefined,
): RankingAnswer {
  if (!asksLiveMarket(q) || (ranked.metric !== "openings" && ranked.metric !== "growth")) return ranked;
  const whose = itField ? "IT's roles" : "each role";
  const what =
    ranked.metric === "openings" ? "the openings BLS projects each year" : "BLS's projected growth";
  const lead = `I hold no live hiring or layoff figures (no job postings or layoff counts); ${what} for ${whose} are ranked below.`;
  return { ...ranked, lead: ranked.lead ? `${lead} ${ranked.lead}` : lead };
}
