import { singular } from "../official/titles.js";
import type { KnowledgeBase } from "./base.js";
import type { Role } from "./core/schema.js";
import { tokenize } from "./core/text.js";

/** A name as singular words: "testers" and "tester" alike. */
const singularWords = (name: string) => tokenize(name).map(singular);

/**
 * The one curated role a short title is the head of: "tester" ends "software tester", "qa tester" and
 * "manual tester", all QA Engineer's; "support engineer" ends IT Support Specialist's "desktop support
 * engineer". Undefined where the words end no role's longer name, or the names of several roles
 * ("technician": IT support's and Network Administrator's; "engineer": most roles'). For a move between
 * tech jobs, where the title read as an occupation stands for no one occupation ("tester" is also an
 * inspector's and a geological technician's).
 */
export function roleByHead(kb: KnowledgeBase, typed: string): Role | undefined {
  const head = singularWords(typed);
  if (head.length === 0) return undefined;
  const endsOnHead = (name: string) => {
    const words = singularWords(name);
    return words.length > head.length && head.every((w, k) => words[words.length - head.length + k] === w);
  };
  const roles = kb.knowledge.roles.filter((r) => [r.name, ...r.aliases].some(endsOnHead));
  return roles.length === 1 ? roles[0] : undefined;
}
