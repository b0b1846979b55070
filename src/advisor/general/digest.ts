import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role, Trend } from "../../knowledge/core/schema.js";
import { normalize, stem, tokenize } from "../../knowledge/core/text.js";
import type { DigestAnswer, FigureView } from "../answers.js";
import { figureView, roleRef } from "../parts/answer-parts.js";

const dayMs = 86_400_000;

const hasAny = (w: NonNullable<DigestExtras["thisWeek"]>) =>
  w.roles.length + w.comparisons.length + w.skills.length + w.rising.length > 0;

/** Days since 1970-01-01 for a YYYY-MM-DD date: the digest's only input, so a date always gives the same digest. */
function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

/** Walks a list one step a day; consecutive days never repeat while the list has two or more items. */
function ofTheDay<T>(items: T[], day: number, stride = 1): { item: T; index: number } {
  const index = (((day * stride) % items.length) + items.length) % items.length;
  return { item: items[index] as T, index };
}

function tips(kb: KnowledgeBase): DigestAnswer["tip"][] {
  const { bestPractices, challenges, softSkills } = kb.knowledge;
  const practice = bestPractices.groups.flatMap((g) =>
    g.practices.map((p) => ({ kind: "best practice" as const, title: g.name, text: p })),
  );
  const challenge = challenges.challenges.map((c) => ({
    kind: "challenge" as const,
    title: c.name,
    text: c.points.join("; "),
  }));
  const soft = softSkills.skills.map((s) => ({
    kind: "soft skill" as const,
    title: s.name,
    text: s.summary,
  }));
  // Interleave the three kinds so that consecutive days bring different kinds of advice.
  const out: DigestAnswer["tip"][] = [];
  for (let i = 0; out.length < practice.length + challenge.length + soft.length; i++)
    for (const list of [practice, challenge, soft]) {
      const tip = list[i];
      if (tip) out.push(tip);
    }
  return out;
}

function spotlights(kb: KnowledgeBase): { role: Role; figure: FigureView }[] {
  return kb.knowledge.roles.flatMap((role) => {
    const s = role.salary;
    const f = s?.headline[0] ?? s?.levels[0]?.figure ?? s?.government[0];
    return f ? [{ role, figure: figureView(kb, f) }] : [];
  });
}

/** What a channel's digest adds to the day's: what the workspace explored, and its feeds' news. */
export type DigestExtras = Pick<DigestAnswer, "thisWeek" | "news" | "changes"> & {
  /** The trend ids this channel's digests brought since the cycle began, none of which comes again before every trend has come once. */
  trendsSeen?: string[];
};

/** Words too common in role and skill names to connect a trend to one ("Data Engineer" is not about every trend with "data"). */
const commonWords = new Set(
  [
    "engineer",
    "developer",
    "manager",
    "specialist",
    "analyst",
    "architect",
    "administrator",
    "lead",
    "senior",
  ].map(stem),
);

function stemsOf(text: string): Set<string> {
  return new Set(
    tokenize(normalize(text))
      .filter((w) => w.length >= 3)
      .map(stem)
      .filter((w) => !commonWords.has(w)),
  );
}

/** The trends a channel has seen in its cycle once `posted` has come too: a new cycle once all have. */
export function trendsAfter(seen: string[] | undefined, posted: string, trendCount: number): string[] {
  const next = [...new Set([...(seen ?? []), posted])];
  return next.length >= trendCount ? [] : next;
}

/**
 * The trend of the day. Without a channel's history: the day's step in the rotation. With it: none its
 * digests brought in this cycle, and among the rest, in rotation order, the first whose words meet the
 * name of something rising in the workspace (a role, a skill, a comparison), else the first.
 */
export function trendOfTheDay(
  trends: Trend[],
  day: number,
  seen: string[] | undefined,
  rising: string[],
): { trend: Trend; index: number; because?: string } {
  const n = trends.length;
  const start = ((day % n) + n) % n;
  const rotation = trends.map((_, i) => (start + i) % n);
  const done = new Set(seen ?? []);
  const open = rotation.filter((i) => !done.has((trends[i] as Trend).id));
  const candidates = open.length > 0 ? open : rotation;
  for (const index of candidates) {
    const trend = trends[index] as Trend;
    const words = stemsOf(`${trend.name} ${trend.summary}`);
    const because = rising.find((name) => [...stemsOf(name)].some((w) => words.has(w)));
    if (because) return { trend, index, because };
  }
  const index = candidates[0] as number;
  return { trend: trends[index] as Trend, index };
}

/**
 * The daily digest for a date: trend, market figure, tip and salary spotlight, each rotating on its own,
 * plus what the channel's workspace explored this week and its feeds' news, when there is any.
 */
export function digestFor(kb: KnowledgeBase, date: string, extras: DigestExtras = {}): DigestAnswer {
  const day = dayNumber(date);
  const trendList = kb.knowledge.trends.trends;
  const trend = trendOfTheDay(
    trendList,
    day,
    extras.trendsSeen,
    (extras.thisWeek?.rising ?? []).map((r) => r.name),
  );
  const figure = ofTheDay(kb.knowledge.market.figures, day);
  const tip = ofTheDay(tips(kb), day);
  const spot = ofTheDay(spotlights(kb), day);
  return {
    kind: "digest",
    date,
    trend: {
      ...trend.trend,
      index: trend.index + 1,
      of: trendList.length,
      ...(trend.because ? { because: trend.because } : {}),
    },
    figure: figureView(kb, figure.item),
    tip: tip.item,
    spotlight: { role: roleRef(spot.item.role), figure: spot.item.figure },
    ...(extras.thisWeek && hasAny(extras.thisWeek) ? { thisWeek: extras.thisWeek } : {}),
    ...(extras.news?.length ? { news: extras.news } : {}),
    ...(extras.changes &&
    extras.changes.newRoles.length + extras.changes.updatedRoles.length + extras.changes.figures.length > 0
      ? { changes: extras.changes }
      : {}),
    followups: ["trends", `salary ${spot.item.role.aliases[0]}`, `role ${spot.item.role.aliases[0]}`],
  };
}
