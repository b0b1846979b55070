import type { KnowledgeBase } from "./base.js";
import type { Role } from "./core/schema.js";
import { spellShortForms, tokenize } from "./core/text.js";

/** Roles by a word of their names: by the last word, and by any word. */
export interface NameWords {
  last: ReadonlyMap<string, Role[]>;
  any: ReadonlyMap<string, Role[]>;
}

const nameWords = new WeakMap<KnowledgeBase, NameWords>();

/** The roles each word of their names is in ("analyst" → the analysts, "cloud" → the cloud roles), built once per knowledge base. */
export function rolesByNameWord(kb: KnowledgeBase): NameWords {
  let byWord = nameWords.get(kb);
  if (!byWord) {
    // A level ("senior", "lead", "principal") names how far along a role is, not which role.
    const levelWords = new Set(kb.knowledge.levels.flatMap((l) => l.aliases.flatMap((a) => tokenize(a))));
    const skip = new Set([...levelWords, "and", "of", "the", "lead", "principal", "distinguished"]);
    const add = (map: Map<string, Role[]>, w: string, r: Role) => {
      if (!skip.has(w) && !map.get(w)?.includes(r)) map.set(w, [...(map.get(w) ?? []), r]);
    };
    const last = new Map<string, Role[]>();
    const any = new Map<string, Role[]>();
    for (const r of kb.knowledge.roles) {
      const words = tokenize(r.name);
      add(last, words.at(-1) ?? "", r);
      for (const w of words) add(any, w, r);
    }
    byWord = { last, any };
    nameWords.set(kb, byWord);
  }
  return byWord;
}

/**
 * Whether a word names a field of roles: it is in two or more roles' names and ends none ("data", "cloud",
 * "security"; not "engineer", which ends many, nor "devops", one role's).
 */
export function isFieldWord(kb: KnowledgeBase, word: string): boolean {
  const { any, last } = rolesByNameWord(kb);
  return (any.get(word)?.length ?? 0) >= 2 && !last.has(word);
}

/** Words that set options against each other: "sysadmin or cloud", "network architect vs security". */
const optionWords = new Set(["or", "vs", "versus"]);

/**
 * Words of degree: the word after one is said of how much ("possible or too big", "or is it so big a
 * jump"), an adjective, never a field named as an option ("big" is a word of the Big Data roles' names).
 */
const degreeWords = new Set(["too", "so", "very", "how", "really", "quite", "pretty"]);

/**
 * The fields set as options beside roles named ("would sysadmin pay more or is cloud the move", "to network
 * architect or security", "data scientist or cloud or security"): each a word of several roles' names,
 * standing alone within a few words of "or" (no word of a role's name right before or after it, and no part
 * of a role's name as typed), that ends
 * no role's name ("manager" is a kind of job, not a field), or such a word said as the work ("networking");
 * with its roles, leaving out those in `named`.
 */
export function fieldOptionsIn(
  kb: KnowledgeBase,
  tokens: readonly string[],
  named: readonly Role[],
): { word: string; roles: Role[] }[] {
  const { any, last } = rolesByNameWord(kb);
  // "is ml a safer bet than security", "… than the security ones": a field set against with "than" too.
  const afterThan = (i: number) =>
    tokens[i - 1] === "than" || (tokens[i - 1] === "the" && tokens[i - 2] === "than");
  const nearOption = (i: number) =>
    tokens.slice(Math.max(0, i - 3), i).some((t) => optionWords.has(t)) ||
    optionWords.has(tokens[i + 1] ?? "") ||
    afterThan(i);
  // "data" in "data science or data eng" begins a role's name as typed (short forms spelt out): no field.
  const found = [[...tokens], spellShortForms([...tokens])].flatMap((words) =>
    kb.roleNames.findAll(words, undefined, false),
  );
  const inName = new Set(
    found.flatMap((m) => Array.from({ length: m.end - m.start }, (_, k) => m.start + k)),
  );
  // "im in it support cloud or security": a word before the field that ends a role's whole name read there
  // belongs to that name, not to the field's ("network security" is one thing; "support cloud" is not).
  const nameEndsAt = new Set(found.map((m) => m.end));
  const alone = (i: number) =>
    (!any.has(tokens[i - 1] ?? "") || nameEndsAt.has(i)) && !any.has(tokens[i + 1] ?? "") && !inName.has(i);
  const fields = new Map<string, Role[]>();
  // "networking" is the field of the roles named "network …": a field said as the work, in "-ing".
  const asField = (w: string) =>
    !any.has(w) && w.endsWith("ing") && any.has(w.slice(0, -3)) ? w.slice(0, -3) : w;
  for (const [i, word] of tokens.entries()) {
    const field = asField(word);
    const roles = any.get(field) ?? [];
    if (roles.length < 2 || last.has(field) || !nearOption(i) || !alone(i)) continue;
    if (degreeWords.has(tokens[i - 1] ?? "")) continue;
    const left = roles.filter((r) => !named.includes(r));
    if (left.length > 0) fields.set(word, left);
  }
  return [...fields].map(([word, roles]) => ({ word, roles }));
}
