import type { KnowledgeBase } from "./base.js";
import type { Role } from "./core/schema.js";
import { normalize } from "./core/text.js";

export type RoleResolution =
  | { kind: "found"; role: Role }
  | { kind: "ambiguous"; typed: string; options: Role[] }
  | { kind: "unknown"; typed: string; suggestions: Role[] };

/**
 * Short names of fields that stand for the field's role where a role is wanted: "salary ml", "moving into
 * ml from swe". Not role aliases, because "ml trends" and "the ML market" are about the field. "ai" is
 * Machine Learning Engineer too: of the roles whose work is AI, it is the one the knowledge counts "ai
 * engineer" as (see move-target.ts).
 */
// A map, not an object: a word such as "constructor" must not find Object's own properties.
export const fieldAbbreviations: ReadonlyMap<string, string> = new Map([
  ["ml", "machine learning"],
  ["ai", "machine learning"],
]);

/**
 * Of those, the short names said mostly of the field itself ("ai trends", "will ai replace devs", "is ai
 * taking over data analyst jobs"): they stand for the role only in a question of pay or set against another
 * role ("how much does ai pay", "ai or devops").
 */
export const topicFirstFields: ReadonlySet<string> = new Set(["ai"]);

/** Turns what a user typed ("mle", "machien lerning", "sde") into a role, a question back, or suggestions. */
export function resolveRole(kb: KnowledgeBase, typed: string): RoleResolution {
  const roles = (ids: string[]) =>
    ids.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);
  const hit = kb.roleNames.lookup(fieldAbbreviations.get(normalize(typed)) ?? typed);
  if (hit && hit.entries.length === 1) return { kind: "found", role: roles(hit.entries)[0] as Role };
  if (hit && hit.entries.length > 1) return { kind: "ambiguous", typed, options: roles(hit.entries) };
  return { kind: "unknown", typed, suggestions: roles(kb.roleNames.suggest(typed, 3)) };
}
