import type { KnowledgeBase } from "../../knowledge/base.js";
import { cite, figureLine } from "../../knowledge/core/figure-text.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import type { Comparison, RoleRef } from "../answers.js";
import { outlookVerdict, projection } from "../outlook/outlook.js";
import {
  noPayFigure,
  payHeadline,
  roleCitations,
  roleRef,
  skillId,
  uniqueCitations,
} from "../parts/answer-parts.js";
import { representative, sameOccupationNote } from "../pay/pay-comparison.js";

function allSkills(role: Role): string[] {
  return [...role.skills.technical, ...role.skills.frameworks, ...role.skills.tools];
}

const none = "—";

/** Of three roles, the skills two of them share and the third lacks, by the two that share them. */
function partlyShared(roles: Role[], ids: Set<string>[], sharedIds: string[]): Comparison["partlyShared"] {
  const seen = new Set<string>();
  const byPair = new Map<string, { roles: RoleRef[]; items: string[] }>();
  for (const role of roles)
    for (const skill of allSkills(role)) {
      const id = skillId(skill);
      const holders = roles.filter((_, j) => ids[j]?.has(id));
      if (seen.has(id) || sharedIds.includes(id) || holders.length < 2) continue;
      seen.add(id);
      const key = holders.map((r) => r.id).join(" ");
      const pair = byPair.get(key) ?? { roles: holders.map(roleRef), items: [] };
      pair.items.push(skill);
      byPair.set(key, pair);
    }
  return [...byPair.values()];
}

/** Two or three roles side by side; shared and distinct skills are computed from the data. */
export function compareRoles(kb: KnowledgeBase, roles: Role[]): Comparison {
  const ids = roles.map((r) => new Set(allSkills(r).map(skillId)));
  const sharedIds = [...(ids[0] ?? [])].filter((id) => ids.every((set) => set.has(id)));
  const shared = allSkills(roles[0] as Role).filter((s) => sharedIds.includes(skillId(s)));
  const curatedEntry =
    roles.length === 2
      ? kb.knowledge.comparisons.find((c) => roles.every((r) => c.roles.includes(r.id)))
      : undefined;
  const first = (items: string[]) => items[0] ?? none;
  const representatives = roles.map(representative);
  const growth = outlookVerdict(kb, roles);
  const payNote = representatives.every((f) => f !== undefined)
    ? sameOccupationNote(kb, representatives as Figure[])
    : undefined;
  return {
    kind: "compare",
    roles: roles.map(roleRef),
    rows: [
      { topic: "What they do", values: roles.map((r) => r.summary) },
      { topic: "Education", values: roles.map((r) => first(r.education)) },
      { topic: "Experience", values: roles.map((r) => first(r.experience)) },
      {
        topic: "Industries",
        values: roles.map((r) => (r.industries.length ? r.industries.join(", ") : none)),
      },
      {
        topic: "Outlook",
        // How many work in it and how fast that is projected to grow, where the figures say.
        values: roles.map((r) => {
          const lines = [r.outlook.figures[0], projection(r)]
            .filter((f, i, all): f is Figure => f !== undefined && all.indexOf(f) === i)
            .map((f) => figureLine(kb.sources, f));
          return lines.length ? lines.join("; ") : first(r.outlook.notes);
        }),
        ...(growth ? { note: growth } : {}),
      },
    ],
    sharedSkills: shared,
    // Only one role's own skills: with three roles, a skill two of them share is no one role's alone.
    distinctSkills: roles.map((r, i) => ({
      role: roleRef(r),
      items: allSkills(r).filter((s) => ids.every((set, j) => j === i || !set.has(skillId(s)))),
    })),
    partlyShared: partlyShared(roles, ids, sharedIds),
    pay: roles.map((r) => {
      const figures = payHeadline(kb, r);
      return { role: roleRef(r), figures, ...(figures.length === 0 ? { missing: noPayFigure(r) } : {}) };
    }),
    ...(payNote ? { payNote } : {}),
    ...(curatedEntry
      ? {
          curated: {
            differences: curatedEntry.differences,
            citation: cite(kb.sources, curatedEntry.source, curatedEntry.asOf),
          },
        }
      : {}),
    citations: uniqueCitations(roles.flatMap((r) => roleCitations(kb, r))),
    followups: roles
      .map((r) => `role ${r.aliases[0]}`)
      .concat(roles.length === 2 ? [`gap ${roles[0]?.aliases[0]} to ${roles[1]?.aliases[0]}`] : []),
  };
}
