/**
 * The way from one role to another through the knowledge's own links: each step a role the one before lists
 * as related or as where its path goes on after it. Used where someone names where they want to end up
 * after the role they are moving to ("is it worth it if i want to end up in cloud eventually"): the sources
 * give no ladder from IT support to cloud, but their links go there by way of other roles.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { relatedRolesOf, rolesNamed } from "../parts/answer-parts.js";

/** Longest way looked for: past a few steps the links say little of a career. */
const mostSteps = 4;

/** The roles one role's file leads to: the roles after it on its path, then those it lists as related. */
function nextRoles(kb: KnowledgeBase, role: Role): Role[] {
  return [...new Set([...rolesNamed(kb, role.path.beyond), ...relatedRolesOf(kb, role)])];
}

/**
 * The shortest way from `from` to `to` through the roles' links, both ends included (the first found where
 * several are as short, by the order the files list them); undefined where none is within a few steps.
 */
export function wayBetween(kb: KnowledgeBase, from: Role, to: Role): Role[] | undefined {
  let ways: Role[][] = [[from]];
  const seen = new Set<Role>([from]);
  for (let step = 0; step < mostSteps && ways.length > 0; step++) {
    const longer: Role[][] = [];
    for (const way of ways) {
      const last = way.at(-1);
      if (!last) continue;
      for (const next of nextRoles(kb, last)) {
        if (seen.has(next)) continue;
        if (next === to) return [...way, next];
        seen.add(next);
        longer.push([...way, next]);
      }
    }
    ways = longer;
  }
  return undefined;
}
