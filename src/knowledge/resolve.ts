import type { KnowledgeBase } from "./base.js";
import type { Role } from "./core/schema.js";
import { normalize } from "./core/text.js";

export type RoleResolution =
  | { kind: "found"; role: Role }
  | { kind: "ambiguous"; typed: string; options: Role[] }
  | { kind: "unknown"; typed: string; suggestions: Role[] };

/**
 * Short names of fields that stand for the field's role where a role is wanted: "salary ml", "moving into
 * ml from swe". Not role aliases, because "ml trends" and "the ML market" are about the field.
 */
// A map, not an object: a word such as "constructor" must not find Object's own properties.
export const fieldAbbreviations: ReadonlyMap<string, string> = new Map([["ml", "machine learning"]]);

/** Turns what a user typed ("mle", "machien lerning", "sde") into a role, a question back, or suggestions. */
export function resolveRole(kb: KnowledgeBase, typed: string): RoleResolution {
  const roles = (ids: string[]) =>
    ids.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);
  const hit = kb.roleNames.lookup(fieldAbbreviations.get(normalize(typed)) ?? typed);
  if (hit && hit.entries.length === 1) return { kind: "found", role: roles(hit.entries)[0] as Role };
  if (hit && hit.entries.length > 1) return { kind: "ambiguous", typed, options: roles(hit.entries) };
  return { kind: "unknown", typed, suggestions: roles(kb.roleNames.suggest(typed, 3)) };
}
