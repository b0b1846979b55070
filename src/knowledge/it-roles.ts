import { socOf } from "../official/data.js";
import type { KnowledgeBase } from "./base.js";
import type { Role } from "./core/schema.js";

/**
 * What people mean by "IT" as a field: BLS's occupations that support and run computer systems (user and
 * network support, systems and database administration, information security).
 */
const itOccupations = ["15-1232", "15-1231", "15-1244", "15-1242", "15-1212"];

/** The IT roles worked out for each list of roles, so a question pays for none (10,000 roles: 10 ms each). */
const itRolesOf = new WeakMap<readonly Role[], Role[]>();

/** The roles of the IT field, by the occupation their figures come from first, the usual way in first. */
export function itRoles(kb: KnowledgeBase): Role[] {
  const roles = kb.knowledge.roles;
  let it = itRolesOf.get(roles);
  if (!it) {
    const rank = (r: Role) => itOccupations.indexOf(socOf(r.onet[0] ?? ""));
    it = roles.filter((r) => rank(r) >= 0).sort((a, b) => rank(a) - rank(b));
    itRolesOf.set(roles, it);
  }
  return it;
}

/** Whether a role is one of the IT field's, by the occupation its figures come from first. */
export const isItRole = (role: Role): boolean => itOccupations.includes(socOf(role.onet[0] ?? ""));
