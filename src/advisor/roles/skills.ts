import type { KnowledgeBase } from "../../knowledge/base.js";
import { cite } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { CareerPath, Checklist, ChecklistItem, SkillGap, UserContext } from "../answers.js";
import { relatedRoles, roleRef, skillId, skillLists } from "../parts/answer-parts.js";

function items(skills: string[], user: UserContext): ChecklistItem[] {
  return skills.map((text) => ({ id: skillId(text), text, done: user.ticked.has(skillId(text)) }));
}

/** The role's skills as a checklist, with what the user has already ticked. */
export function checklist(role: Role, user: UserContext, usedPreferences: string[] = []): Checklist {
  const groups = skillLists(role).map((g) => ({
    group: g.group,
    label: g.label,
    items: items(g.items, user),
  }));
  const all = groups.flatMap((g) => g.items);
  return {
    kind: "checklist",
    role: roleRef(role),
    groups,
    done: all.filter((i) => i.done).length,
    total: all.length,
    usedPreferences,
    followups: [`path ${role.aliases[0]}`, `salary ${role.aliases[0]}`],
  };
}

/** What the target role needs beyond `have` (skill ids), less what the user has ticked. */
export function toLearnFor(
  to: Role,
  have: ReadonlySet<string>,
  user: UserContext,
): Pick<SkillGap, "toLearn" | "alreadyHave" | "ticked"> {
  const toLearn = skillLists(to)
    .map((g) => ({
      group: g.group,
      label: g.label,
      items: items(
        g.items.filter((s) => !have.has(skillId(s)) && !user.ticked.has(skillId(s))),
        user,
      ),
    }))
    .filter((g) => g.items.length > 0);
  const targetSkills = skillLists(to).flatMap((g) => g.items);
  return {
    toLearn,
    alreadyHave: targetSkills.filter((s) => have.has(skillId(s))),
    ticked: targetSkills.filter((s) => !have.has(skillId(s)) && user.ticked.has(skillId(s))),
  };
}

/** What the target role needs that the current role does not cover, less what the user has ticked. */
export function skillGap(kb: KnowledgeBase, from: Role, to: Role, user: UserContext): SkillGap {
  const have = new Set(skillLists(from).flatMap((g) => g.items.map(skillId)));
  const curated = kb.knowledge.comparisons.find((c) => c.roles.includes(from.id) && c.roles.includes(to.id));
  return {
    kind: "gap",
    from: roleRef(from),
    to: roleRef(to),
    ...toLearnFor(to, have, user),
    ...(curated
      ? {
          curated: {
            differences: curated.differences,
            citation: cite(kb.sources, curated.source, curated.asOf),
          },
        }
      : {}),
    followups: [
      `skills ${to.aliases[0]}`,
      `path ${to.aliases[0]}`,
      `compare ${from.aliases[0]} ${to.aliases[0]}`,
    ],
  };
}

export function careerPath(kb: KnowledgeBase, role: Role): CareerPath {
  return {
    kind: "path",
    role: roleRef(role),
    into: role.path.into,
    ladder: role.path.ladder,
    beyond: role.path.beyond,
    advice: role.path.advice,
    gettingStarted: role.gettingStarted,
    related: relatedRoles(kb, role),
    followups: [
      `skills ${role.aliases[0]}`,
      ...role.related
        .slice(0, 2)
        .map((r) => `gap ${role.aliases[0]} to ${kb.roleById.get(r)?.aliases[0] ?? r}`),
    ],
  };
}
