import type { KnowledgeBase } from "../knowledge/base.js";
import { cite, figureLine } from "../knowledge/core/figure-text.js";
import type { Figure, Role } from "../knowledge/core/schema.js";
import {
  noPayFigure,
  payHeadline,
  roleCitations,
  roleRef,
  skillId,
  uniqueCitations,
} from "./answer-parts.js";
import type { Comparison } from "./answers.js";
import { outlookVerdict, projection } from "./outlook.js";
import { representative, sameOccupationNote } from "./role-answers.js";

function allSkills(role: Role): string[] {
  return [...role.skills.technical, ...role.skills.frameworks, ...role.skills.tools];
}

const none = "—";

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
    distinctSkills: roles.map((r) => ({
      role: roleRef(r),
      items: allSkills(r).filter((s) => !sharedIds.includes(skillId(s))),
    })),
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
