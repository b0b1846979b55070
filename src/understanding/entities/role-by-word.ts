import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import { topicFirstFields } from "../../knowledge/resolve.js";
import { titleForm } from "../text/title-form.js";
import { questionWords, titleHeads } from "../words/entity-words.js";
import { growthWords, payWords } from "../words/topic-words.js";
import { type Entities, namedJobs } from "./entities.js";
import { leadsOnAfter } from "./move-target.js";

/*
 * A role named by one word in a fragment, read five ways: the word begins a role's name ("and mobile?"),
 * begins a name of one of the thread's roles ("and android?" after iOS), completes one of their names into
 * another role's ("and then distinguished?"), ends the name of one of the thread's roles ("what do
 * architects make" after network admin vs network architect), or names a move's start by a word of one
 * role's name ("from support to devops").
 */

/** A role a fragment names by one of its words, and that word. */
export type RoleByWord = { word: string; role: Role };

/** The five readers of a role named by one word, for one knowledge base's roles. */
export interface RoleWordReaders {
  nameBegun(tokens: string[], e: Entities): RoleByWord | undefined;
  threadRoleWord(tokens: string[], e: Entities, threadRoles: readonly string[]): RoleByWord | undefined;
  nameCompleted(tokens: string[], e: Entities, threadRoles: readonly string[]): RoleByWord | undefined;
  threadRolesByHead(tokens: string[], e: Entities, threadRoles: readonly string[]): RoleByWord[];
  startNamedByWord(tokens: string[], e: Entities): RoleByWord | undefined;
  /** Roles by each of their names spelt out as tokens (whole names only). */
  byWholeName: ReadonlyMap<string, Role>;
}

// A fragment that names a job, a level, a place, an employer or a kind of skill of its own: none of its
// words stands for a role of the thread.
const namesItsOwn = (e: Entities) => namesOtherThanSkill(e) || !!e.skillKind;

// The same, but for a kind of skill: a word that completes a thread role's name into another role's whole
// name ("the cloud one": Big Data Cloud Engineer) names that role, though "cloud" is a kind of skill too.
const namesOtherThanSkill = (e: Entities) =>
  namedJobs(e) > 0 || e.ambiguous.length > 0 || !!e.level || !!e.place || !!e.company;

// Only names of two words, the first saying the field ("mobile", "cloud", "product"), stand for a role by
// that word: "information" (Information Security Analyst) or "lead" say other things on their own.
const fieldWord = (r: Role) => tokenize(r.name).length === 2;

/**
 * A name with a word put in before each of its words or in place of each but its last, which says the kind
 * of job and stays: "big data engineer" and "cloud" give "cloud big data engineer", "big cloud data
 * engineer", "big data cloud engineer", "cloud data engineer"… ("analyst" makes no System Administrator a
 * "system analyst").
 */
function namesWithWord(name: string[], word: string): string[][] {
  const put = name.map((_, i) => [...name.slice(0, i), word, ...name.slice(i)]);
  const replaced = name.slice(0, -1).map((_, i) => [...name.slice(0, i), word, ...name.slice(i + 1)]);
  return [...put, ...replaced];
}

/**
 * Words for anyone, which a name may end on ("network people") but which in a question say people at large
 * ("do ppl usually do admin first").
 */
const anyoneWords = new Set(["people", "folks", "guys", "person", "someone", "everyone"]);

/** Words that follow a role named as another choice and add nothing: "what about mobile instead". */
const afterthoughts = new Set(["instead", "then", "too", "also", "rather", "maybe", "perhaps"]);

/** The readers of a role named by one word, with the roles indexed by the words of their names. */
export function roleWordReaders(kb: KnowledgeBase): RoleWordReaders {
  // Roles by the first word of their names ("mobile" → Mobile Developer), as their singular.
  const byFirstWord = new Map<string, Role[]>();
  for (const r of kb.knowledge.roles) {
    const first = titleForm(tokenize(r.name)[0] ?? "");
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), r]);
  }
  /**
   * The one role whose name a fragment's only word begins ("and mobile?", "what about product"), when the
   * fragment names nothing else: a short follow-up in a thread about roles names a role by its first word.
   */
  const nameBegun = (tokens: string[], e: Entities): RoleByWord | undefined => {
    if (namesItsOwn(e)) return undefined;
    const words = tokens.filter((t) => !questionWords.has(t) && !afterthoughts.has(t));
    const [word] = words;
    const roles = word && words.length === 1 ? (byFirstWord.get(titleForm(word)) ?? []) : [];
    return word && roles.length === 1 && roles[0] && fieldWord(roles[0])
      ? { word, role: roles[0] }
      : undefined;
  };
  /**
   * "and android?" after a question about iOS developers: a fragment's only word that no role's name begins
   * but one of the thread's roles' own names does ("android developer", a name of Mobile Developer) is a
   * platform or tool of that role, which the fragment keeps, not another role to ask back about.
   */
  const threadRoleWord = (
    tokens: string[],
    e: Entities,
    threadRoles: readonly string[],
  ): RoleByWord | undefined => {
    if (namesItsOwn(e)) return undefined;
    const words = tokens.filter((t) => !questionWords.has(t));
    const [word] = words;
    if (!word || words.length !== 1 || byFirstWord.has(titleForm(word))) return undefined;
    // "how about growth" asks the role's outlook, though "growth product manager" is one of its names.
    if (growthWords.has(word) || payWords.has(word)) return undefined;
    const begun = (r: Role) =>
      r.aliases.some((a) => {
        const [first, ...rest] = tokenize(a);
        return rest.length > 0 && first === word;
      });
    const roles = threadRoles.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);
    const [role, ...others] = roles.filter(begun);
    return role && others.length === 0 ? { word, role } : undefined;
  };
  // Roles by each of their names spelt out as tokens, for names put together from a thread's ("distinguished"
  // and "machine learning engineer"): only whole names, no typo read into a name made up.
  const byWholeName = new Map<string, Role>();
  for (const r of kb.knowledge.roles)
    for (const n of [r.name, ...r.aliases]) byWholeName.set(tokenize(n).join(" "), r);
  /**
   * "and then distinguished?" after a move to Lead Machine Learning Engineer: a word that, put into the
   * name of a role of the thread (or in place of one of its words), names one other role ("distinguished
   * machine learning engineer"; "the cloud one" after Big Data Software Engineer: "big data cloud
   * engineer"), when the fragment names nothing else.
   */
  const nameCompleted = (
    tokens: string[],
    e: Entities,
    threadRoles: readonly string[],
  ): RoleByWord | undefined => {
    if (namesOtherThanSkill(e)) return undefined;
    const roles = threadRoles.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);
    // "will it survive all the ai hype" after QA Engineer: "ai" said of the field is no "ai engineer".
    const words = tokens.filter((t) => !questionWords.has(t) && !topicFirstFields.has(t));
    const completedFrom = (names: string[][], spellings: (name: string[], word: string) => string[][]) => {
      const found = new Map<string, RoleByWord>();
      for (const word of words)
        for (const name of names)
          for (const spelt of spellings(name, word)) {
            const role = byWholeName.get(spelt.join(" "));
            if (role && !threadRoles.includes(role.id)) found.set(role.id, { word, role });
          }
      return found.size === 1 ? [...found.values()][0] : undefined;
    };
    // The roles' own names, the word anywhere in them ("the cloud one" after Big Data Software Engineer);
    // then every name, the word only before it or in place of its first word: an alias's inner word is
    // loose ("security" in place of "support" in IT Support Specialist's "it support engineer" names no
    // move to Security Engineer).
    return (
      completedFrom(
        roles.map((r) => tokenize(r.name)),
        namesWithWord,
      ) ??
      completedFrom(
        roles.flatMap((r) => [r.name, ...r.aliases].map((n) => tokenize(n))),
        (name, word) => [
          [word, ...name],
          [word, ...name.slice(1)],
        ],
      )
    );
  };
  /**
   * "in texas what do architects make", "and the admins?" after network admin vs network architect: a
   * question that names no job but a head noun (a name's last word, as its singular) that ends the names of
   * exactly one of the thread's two or more roles picks that role among them. A head they share
   * ("engineers" of SRE and DevOps Engineer) picks none. The head may be a title O*NET also lists on its
   * own ("admins"): in the thread it is the role it ends, never another occupation. Each of the thread's
   * roles may be named so in one question ("straight to architect or admin first": both of them).
   */
  const threadRolesByHead = (tokens: string[], e: Entities, threadRoles: readonly string[]): RoleByWord[] => {
    if (threadRoles.length < 2 || e.roles.length > 0 || e.unknownTitle || e.ambiguous.length > 0) return [];
    const roles = threadRoles.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);
    const heads = (r: Role) => new Set([r.name, ...r.aliases].map((n) => tokenize(n).at(-1) ?? ""));
    const found = new Map<string, RoleByWord>();
    for (const word of tokens.filter((t) => !questionWords.has(t) && !anyoneWords.has(t))) {
      const [role, ...others] = roles.filter((r) => heads(r).has(titleForm(word)));
      if (role && others.length === 0 && !found.has(role.id)) found.set(role.id, { word, role });
    }
    const picked = [...found.values()];
    const words = new Set(picked.map((p) => p.word));
    const onlyTheHeads = e.uncovered.every((o) => words.has(tokenize(o.typed).join(" ")));
    return onlyTheHeads && new Set(picked.map((p) => p.word)).size === picked.length ? picked : [];
  };
  // Roles by each word of their names ("support" → IT Support Specialist), but the heads every kind of
  // title shares ("engineer", "developer") and levels ("from senior to staff" is a promotion, not a move
  // from Senior Applied Scientist).
  const byNameWord = new Map<string, Role[]>();
  for (const r of kb.knowledge.roles)
    for (const w of new Set(tokenize(r.name)))
      if (!titleHeads.has(stem(w)) && !questionWords.has(w) && kb.levels.lookup(w)?.distance !== 0)
        byNameWord.set(w, [...(byNameWord.get(w) ?? []), r]);
  /**
   * "from support to devops how": the start of a move to a role named by one word of one role's name, when
   * no role is named there ("support" for IT Support Specialist; "data" is a word of several, so no start).
   */
  const startNamedByWord = (tokens: string[], e: Entities): RoleByWord | undefined => {
    // "from support into security": so is one before a field named as where it leads (see `targetInHeldField`).
    const toField = namedJobs(e) === 0 && leadsOnAfter(tokens, tokens.indexOf("from"));
    if (!toField && (!e.to || e.from || e.roles.length !== 1 || e.uncovered.length || e.unknownTitle))
      return undefined;
    const at = tokens.indexOf("from");
    const word = at >= 0 ? tokens[at + 1] : undefined;
    const roles = word ? (byNameWord.get(word) ?? []) : [];
    return word && roles.length === 1 && roles[0] && roles[0] !== e.to ? { word, role: roles[0] } : undefined;
  };
  return { nameBegun, threadRoleWord, nameCompleted, threadRolesByHead, startNamedByWord, byWholeName };
}
