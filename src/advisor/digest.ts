import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/schema.js";
import type { DigestAnswer, FigureView } from "./types.js";
import { figureView, roleRef } from "./views.js";

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
export type DigestExtras = Pick<DigestAnswer, "thisWeek" | "news" | "changes">;

/**
 * The daily digest for a date: trend, market figure, tip and salary spotlight, each rotating on its own,
 * plus what the channel's workspace explored this week and its feeds' news, when there is any.
 */
export function digestFor(kb: KnowledgeBase, date: string, extras: DigestExtras = {}): DigestAnswer {
  const day = dayNumber(date);
  const trendList = kb.knowledge.trends.trends;
  const trend = ofTheDay(trendList, day);
  const figure = ofTheDay(kb.knowledge.market.figures, day);
  const tip = ofTheDay(tips(kb), day);
  const spot = ofTheDay(spotlights(kb), day);
  return {
    kind: "digest",
    date,
    trend: { ...trend.item, index: trend.index + 1, of: trendList.length },
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
