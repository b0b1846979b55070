import type { DigestAnswer } from "../advisor/answers.js";
import { type DigestExtras, digestFor } from "../advisor/general/digest.js";
import { skillId } from "../advisor/parts/answer-parts.js";
import { weekSummary } from "../insights/operator-report.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import { changesSince, type KnowledgeChanges, type KnowledgeFingerprint } from "../knowledge/fingerprint.js";
import type { Store } from "../store/store.js";

const dayMs = 86_400_000;

/** What a channel's digest is made of beyond the knowledge: the store's anonymous record of questions. */
export interface DigestSources {
  kb: KnowledgeBase;
  store: Store;
  clock: () => Date;
  /** Today's knowledge, as compared with what a channel's last digest saw. */
  fingerprint?: KnowledgeFingerprint;
  /** The channel's feeds' newest items not yet posted there (see the feeds module); none by default. */
  news?: (channelId: string) => Promise<DigestExtras["news"]>;
}

/** Role and skill ids as people read them. */
function namer(kb: KnowledgeBase) {
  const skills = new Map<string, string>();
  for (const r of kb.knowledge.roles)
    for (const s of [...r.skills.technical, ...r.skills.frameworks, ...r.skills.tools, ...r.skills.soft])
      skills.set(skillId(s), s);
  const role = (id: string) => kb.roleById.get(id)?.name ?? id;
  return {
    role,
    comparison: (key: string) => key.split("+").map(role).join(" vs "),
    skill: (id: string) => skills.get(id) ?? id,
  };
}

/** "This week here": what the workspace explored, named, each item asked about by at least three people. */
export async function thisWeek(s: DigestSources, team?: string): Promise<DigestExtras["thisWeek"]> {
  const now = s.clock();
  const week = weekSummary(await s.store.insightsSince(new Date(now.getTime() - 14 * dayMs), team), now);
  const name = namer(s.kb);
  return {
    roles: week.roles.map((r) => ({ name: name.role(r.id), asked: r.asked })),
    comparisons: week.comparisons.map((c) => ({ name: name.comparison(c.id), asked: c.asked })),
    skills: week.skills.map((k) => ({ name: name.skill(k.id), asked: k.asked })),
    rising: week.rising.map((r) => ({
      name:
        r.kind === "role" ? name.role(r.id) : r.kind === "skill" ? name.skill(r.id) : name.comparison(r.id),
      asked: r.asked,
      lastWeek: r.lastWeek,
    })),
  };
}

/** What the knowledge added or changed since the version the channel's last digest was made with. */
async function knowledgeChanges(s: DigestSources, channelId: string): Promise<KnowledgeChanges | undefined> {
  const now = s.fingerprint;
  const seen = (await s.store.subscription(channelId))?.knowledgeVersion;
  if (!now || !seen || seen === now.version) return undefined;
  const before = await s.store.knowledgeVersion(seen);
  return before ? changesSince(s.kb, before, now) : undefined;
}

/**
 * A channel's digest for a date. The workspace's week and the feeds are extras: if reading them fails the
 * digest goes out without them, never not at all.
 */
export async function composeDigest(
  s: DigestSources,
  channelId: string | undefined,
  date: string,
): Promise<DigestAnswer> {
  const subscription = channelId ? await s.store.subscription(channelId).catch(() => undefined) : undefined;
  // With OAuth installs, the channel's own workspace's questions only.
  const team = subscription?.teamId;
  const [week, news, changes] = await Promise.all([
    thisWeek(s, team).catch(() => undefined),
    channelId && s.news ? s.news(channelId).catch(() => undefined) : undefined,
    channelId ? knowledgeChanges(s, channelId).catch(() => undefined) : undefined,
  ]);
  return digestFor(s.kb, date, {
    ...(week ? { thisWeek: week } : {}),
    ...(news ? { news } : {}),
    ...(changes ? { changes } : {}),
    ...(subscription?.trendsSeen ? { trendsSeen: subscription.trendsSeen } : {}),
  });
}
