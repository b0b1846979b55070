/**
 * "im a web dev (front end)", "swe (backend) here": a role named in brackets after a job title says which
 * role of that title's occupation is meant, so the two are read as that one role.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import { socOf } from "../../official/data.js";

/** The longest title typed before a bracket: at most this many words. */
const titleWords = 4;

/** A role named exactly, typed with or without its spaces ("front end" is "frontend"). */
function roleNamed(kb: KnowledgeBase, typed: string) {
  const words = tokenize(typed);
  for (const form of [words.join(" "), words.join("")]) {
    const hit = kb.roleNames.lookup(form);
    if (hit && hit.distance === 0) return hit.entries[0] ? kb.roleById.get(hit.entries[0]) : undefined;
  }
  return undefined;
}

/** The official occupations a title is counted in: a role's own, or those O*NET lists the title under. */
function occupationsOfTitle(kb: KnowledgeBase, title: string): string[] {
  const role = roleNamed(kb, title);
  return role ? role.onet.map(socOf) : (kb.official?.titles.lookup(title) ?? []);
}

/**
 * "applied scientist (genai)": the bracket qualifies the title, and the two together name one role
 * ("genai applied scientist"), where the title alone may name several.
 */
function qualifiedTitle(kb: KnowledgeBase, words: string[], qualifier: string): string | undefined {
  for (let n = Math.min(titleWords, words.length); n >= 1; n--) {
    const title = words.slice(-n).join(" ");
    const role = roleNamed(kb, `${qualifier} ${title}`) ?? roleNamed(kb, `${title} ${qualifier}`);
    if (role) return [...words.slice(0, -n), role.name].join(" ");
  }
  return undefined;
}

/** The text with each "title (role)" whose role shares the title's occupation written as that role's name. */
export function bracketedRoleSpelt(kb: KnowledgeBase, text: string): string {
  return text.replace(/([^()]*?)\s*\(([^()]{2,40})\)/g, (whole, before: string, inside: string) => {
    const words = before.trimEnd().split(" ");
    const role = roleNamed(kb, inside);
    if (!role) return qualifiedTitle(kb, words, inside) ?? whole;
    // "pm (product manager)": the bracket spells out the name before it, one of the role's own.
    for (let n = Math.min(titleWords, words.length); n >= 1; n--)
      if (roleNamed(kb, words.slice(-n).join(" ")) === role)
        return [...words.slice(0, -n), role.name].join(" ");
    const socs = new Set(role.onet.map(socOf));
    for (let n = Math.min(titleWords, words.length); n >= 1; n--) {
      const title = words.slice(-n).join(" ");
      if (occupationsOfTitle(kb, title).some((s) => socs.has(s)))
        return `${[...words.slice(0, -n), role.name].join(" ")}`;
    }
    return whole;
  });
}
