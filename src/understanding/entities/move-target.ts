import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { titleForm } from "../text/title-form.js";
import { isMarkerFiller, leftFor, moveWords } from "../words/entity-words.js";
import { threatWordsAt } from "../words/timing-words.js";
import { type Entities, namedJobs } from "./entities.js";

/*
 * A side of a move said as a field in one word: where it leads ("going into product", "wanting to get into
 * ai") or where it starts ("im in analytics, ds or de"). The role that word stands for, so that the move is
 * read between two roles like any other.
 */

/**
 * Fields people move into that are no word of a role's name, and the role the knowledge has for each.
 * "ai" is Machine Learning Engineer: of the roles whose work is AI, it is the one a move into the field
 * lands in. Its path is the one that lists "AI specialist" among the ways in and leads on to the others
 * (Lead and Distinguished ML Engineer are its later rungs, the applied scientist posts senior and principal
 * ones, Research Scientist a research post that asks for a doctorate), and the occupations list already
 * counts "ai engineer" as that role. "swe wanting to get into ml" reads the same way.
 */
const fieldRoles: ReadonlyMap<string, string> = new Map([
  ["ai", "machine-learning-engineer"],
  // "from ios to ml": the field's short name, as "ai" is (otherwise: only the start was read).
  ["ml", "machine-learning-engineer"],
  // "im in analytics", "moving into analytics": the analyst's field; of the knowledge's roles only Data
  // Analyst's names ("analytics specialist", "data analytics specialist") are of analytics.
  ["analytics", "data-analyst"],
  // "want to switch to software", "getting into software": the field's own role, Software Engineer (the
  // word is in two other roles' names too, Software Data Engineer and Big Data Software Engineer, both a
  // data specialism of it).
  ["software", "software-engineer"],
  // "moving from ios to full stack", "android to backend": a platform whose developers are one role, as
  // its names say ("ios developer", "android developer" are Mobile Developer's).
  ["ios", "mobile-developer"],
  ["android", "mobile-developer"],
  // "em back to ic", "going from ic to em": an individual contributor, as against a manager, is the engineer
  // an Engineering Manager manages and comes from (Software Engineer, first of its related roles); the
  // answer's heading names the role it was read as.
  ["ic", "software-engineer"],
]);

/** Words right before a field that make it where a move leads: "into product", "towards mobile". */
const intoWords = new Set(["into", "towards", "toward"]);

/** Verbs before "to" that make what follows where a move leads: "move to product", "go to mobile". */
const goingWords = new Set([
  ...moveWords,
  "go",
  "going",
  "get",
  "getting",
  "head",
  "heading",
  "jump",
  "jumping",
  "shift",
  "shifting",
  // "em back to ic", "go back to swe": a return is a move too.
  "back",
]);

/** Words of holding a job before "in" that make what follows where a move starts: "im in analytics". */
const holdingWords = new Set(["im", "am", "work", "working", "worked", "currently"]);

/**
 * The roles a field's one word stands for: each role whose name is two words, the first saying its field
 * ("product", "mobile", "database"), by that word, when no other role's name has the word ("cloud" is Cloud
 * Architect's and Big Data Cloud Engineer's) and no other role's name or alias ends on it ("engineering" is
 * also the field of "ml engineering" and "site reliability engineering"); and the fields above. Built with
 * the rest of the pipeline, which is built again for new knowledge.
 */
export function moveFields(kb: KnowledgeBase): ReadonlyMap<string, Role> {
  const roles = kb.knowledge.roles;
  const nameWords = new Map(roles.map((r) => [r, tokenize(r.name).map(titleForm)]));
  // The roles each word is in the name of, or ends a name or alias of: each role's names read once, not
  // once for every other role (a quadratic cost with thousands of roles).
  const rolesOfWord = new Map<string, Set<Role>>();
  const note = (word: string, role: Role) =>
    rolesOfWord.set(word, (rolesOfWord.get(word) ?? new Set()).add(role));
  for (const role of roles) {
    for (const word of nameWords.get(role) ?? []) note(word, role);
    for (const name of [role.name, ...role.aliases]) note(titleForm(tokenize(name).at(-1) ?? ""), role);
  }
  const byWord = new Map<string, Role>();
  for (const role of roles) {
    const words = nameWords.get(role) ?? [];
    const [first] = words;
    if (words.length !== 2 || !first) continue;
    if ([...(rolesOfWord.get(first) ?? [])].some((r) => r !== role)) continue;
    byWord.set(first, role);
  }
  for (const [word, id] of fieldRoles) {
    const role = kb.roleById.get(id);
    if (role) byWord.set(word, role);
  }
  return byWord;
}

/** Words of being kept safe from something: "safe from", "protected from". */
const safeWords = new Set(["safe", "secure", "protected", "immune", "shielded"]);

/**
 * The word of a question that names a side of a move as a field, and the role it stands for: where it leads,
 * right after "into" or "towards", or after "to" following a verb of going ("move to product") or a role's
 * whole name, one of `names` ("qa to ai", "em -> ic": an arrow is read as "to"); where it starts, right after
 * "from", after "in" following a word of holding a job ("im in analytics"), or opening the question right
 * before "to" or "into" ("android to backend"). A word that begins a role's whole name is that role's. Undefined
 * when there is none; whether the word is left unread (not part of a name already found) is for the caller
 * to check.
 */
export function moveField(
  byWord: ReadonlyMap<string, Role>,
  tokens: readonly string[],
  names: ReadonlyMap<string, unknown> = new Map(),
): { at: number; role: Role } | undefined {
  for (let at = 0; at < tokens.length; at++) {
    // "ios" as typed: its singular would be "io".
    const word = tokens[at] ?? "";
    const role = byWord.get(word) ?? byWord.get(titleForm(word));
    // "qa to ai", "from database administrator to ai": a word that begins a role's whole name names that
    // role, and the field after it is read;
    // "back to ic sre": a word of a move's filler right before a role's name says which kind of that role,
    // no role of its own (while "im in analytics. mle or de next" starts from analytics).
    const qualifies = isMarkerFiller(word) && startsName(tokens, at + 1, names);
    if (!role || startsName(tokens, at, names) || qualifies) continue;
    const before = tokens[at - 1] ?? "";
    // "swe to ai", "em to ic": "to" right after a role's name is a move from it as plainly as "move to" is.
    const leads =
      intoWords.has(before) ||
      // "leaving helpdesk for cloud", "quit swe for product": what a job is left for is where the move leads.
      leftFor(tokens, at) ||
      (before === "to" && (goingWords.has(tokens[at - 2] ?? "") || endsName(tokens, at - 1, names)));
    // "android to backend": a field that opens the question, right before where the move leads, is its start.
    const opens = at === 0 && (intoWords.has(tokens[1] ?? "") || tokens[1] === "to");
    // "is it safe from ai", "are qa jobs at risk from ai": what a role is kept safe from, or feared to
    // lose its work to, is no start of a move.
    const shielded = safeWords.has(tokens[at - 2] ?? "") || threatWordsAt(tokens).includes(at);
    const starts =
      opens ||
      (before === "from" && !shielded) ||
      (before === "in" && holdingWords.has(tokens[at - 2] ?? ""));
    if (leads || starts) return { at, role };
  }
  return undefined;
}

/** Whether the words before position `end` end with a role's whole name ("em", "software engineer"). */
function endsName(tokens: readonly string[], end: number, names: ReadonlyMap<string, unknown>): boolean {
  for (let length = 1; length <= Math.min(5, end); length++)
    if (names.has(tokens.slice(end - length, end).join(" "))) return true;
  return false;
}

/** Whether the words from position `start` begin with a role's whole name ("sre", "site reliability engineer"). */
function startsName(tokens: readonly string[], start: number, names: ReadonlyMap<string, unknown>): boolean {
  for (let length = 1; length <= Math.min(5, tokens.length - start); length++)
    if (names.has(tokens.slice(start, start + length).join(" "))) return true;
  return false;
}

/** Whether a word of where a move leads ("into", "to", "towards") comes after position `from` (-1: none). */
export const leadsOnAfter = (tokens: readonly string[], from: number) =>
  from >= 0 && tokens.slice(from + 2).some((t) => intoWords.has(t) || t === "to");

/**
 * "from it support into security", "from support into security": where a move from a role held leads, named
 * by one word that names one role when put after the first word of the held role's name ("it security" is
 * one of Information Security Analyst's names): a move on within the held role's own field. Undefined where
 * the two words name no role ("network security": a network administrator moving into security is asked
 * which security role).
 */
export function targetInHeldField(
  byWholeName: ReadonlyMap<string, Role>,
  tokens: readonly string[],
  held: Role,
): { at: number; role: Role } | undefined {
  const [first] = tokenize(held.name);
  for (let at = 1; at < tokens.length; at++) {
    const before = tokens[at - 1] ?? "";
    if (!intoWords.has(before) && before !== "to") continue;
    const role = byWholeName.get(`${first} ${tokens[at]}`);
    if (role && role !== held) return { at, role };
  }
  return undefined;
}

/**
 * "could i later go into security from there" in a thread about IT support: a move that names no job starts
 * from the thread's one role, whose field the word of where it leads is read in (see `targetInHeldField`).
 */
export function roleHeldInThread(
  kb: KnowledgeBase,
  e: Entities,
  tokens: readonly string[],
  threadRoles: readonly string[],
): Role | undefined {
  const [only] = threadRoles;
  // "go into", "get into": a verb of going before "into" says a move as plainly as "switch" does.
  const goesInto = tokens.some((t, at) => intoWords.has(t) && goingWords.has(tokens[at - 1] ?? ""));
  const moving = e.moving || goesInto;
  return moving && namedJobs(e) === 0 && threadRoles.length === 1 && only ? kb.roleById.get(only) : undefined;
}
