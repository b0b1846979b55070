import { singularWords } from "../official/titles.js";
import type { KnowledgeBase } from "./base.js";
import type { Role } from "./core/schema.js";

const rolesAsOccupations = new WeakMap<KnowledgeBase, ReadonlyMap<string, Role>>();

/**
 * The curated role that is an official occupation (Systems Analyst is Computer Systems Analysts): the one
 * role naming it among its O*NET codes, and whose own name O*NET lists under it; or, where several roles
 * name it, the one called by the occupation's own title (Information Security Analyst, beside Security
 * Engineer, for Information Security Analysts). Another title of that occupation ("it systems analyst",
 * "help desk specialist") is that role; an occupation several roles name, or one a role is only near
 * (Engineering Manager, counted among Computer and Information Systems Managers), stays the occupation.
 */
export function roleThatIs(kb: KnowledgeBase, soc: string): Role | undefined {
  let bySoc = rolesAsOccupations.get(kb);
  if (!bySoc) {
    const titles = kb.official?.titles;
    const naming = (code: string) => kb.knowledge.roles.filter((r) => r.onet.some((c) => c.startsWith(code)));
    const ownTitle = (r: Role, code: string) => {
      const title = kb.official?.bySoc.get(code)?.title;
      return title !== undefined && singularWords(title) === singularWords(r.name);
    };
    const entries = kb.knowledge.roles.flatMap((r) =>
      r.onet
        .map((c) => c.slice(0, 7))
        .filter(
          (code) => (naming(code).length === 1 && titles?.lookup(r.name).includes(code)) || ownTitle(r, code),
        )
        .map((code) => [code, r] as const),
    );
    bySoc = new Map(entries);
    rolesAsOccupations.set(kb, bySoc);
  }
  return bySoc.get(soc);
}
