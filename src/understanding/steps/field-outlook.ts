import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { isFieldWord, rolesByNameWord } from "../../knowledge/role-name-words.js";
import type { Intent } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";
import { hypeAsked } from "../words/hype-words.js";
import { asksTiming, threatAsked } from "../words/timing-words.js";
import { fieldJudgedAsCareer, fieldOfRolesNamed } from "./field-ranked-again.js";

/*
 * "is ai going to kill cloud jobs", "are security jobs in demand", "whats the outlook for network roles": the
 * job market of a field's roles (a word several roles' names share, before "jobs" or "roles"), no role
 * named. Read alone the field was no role, and the answer fell to the ML market's figures. The field stands
 * for its roles, each one's outlook shown (and, where something is feared to take the work, that no source
 * measures it), when they are few enough to show together; a field of many roles ("data jobs") is left as
 * it was read.
 */

/** At most this many of a field's roles have their outlooks shown one after another. */
const mostShown = 4;

/**
 * Whether the question doubts the job's future: hype or a fad, something feared to take the work, or whether
 * it is dying or still a thing ("is cloud dying", "is cloud still a thing", read as "is cloud a fad" is).
 */
const futureDoubted = (text: string) =>
  hypeAsked(text) || threatAsked(text) !== undefined || asksTiming(text);

/** Readings of a question of a job market's future. */
const marketIntents: ReadonlySet<Intent> = new Set<Intent>(["outlook", "market", "trend"]);

/** Words of being whose subject is what a doubt is about: "is cloud a fad", "will cloud last". */
const subjectOpeners: ReadonlySet<string> = new Set(["is", "isnt", "was", "will", "are"]);

/**
 * A field's word alone as the subject of a doubt ("is cloud a fad", "is cloud just hype", "is cloud dying"):
 * no "jobs" after it, but nothing else it could be doubted as; the field's roles are what would last or
 * not. Only right after a word of being, so "is ml moving to the cloud" keeps its subject.
 */
function fieldDoubted(kb: KnowledgeBase, u: Understanding, tokens: readonly string[]): string | undefined {
  if (!futureDoubted(u.text) && !marketIntents.has(u.intent)) return undefined;
  const at = tokens.findIndex((t, i) => subjectOpeners.has(tokens[i - 1] ?? "") && isFieldWord(kb, t));
  return at < 0 ? undefined : tokens[at];
}

/** The question read as the outlook of the roles of the field it names. */
export function fieldOutlookRead(
  kb: KnowledgeBase,
  u: Understanding,
  tokens: readonly string[],
): Understanding {
  const e = u.entities;
  const named = e.roles.length + e.uncovered.length + (e.unknownTitle ? 1 : 0) + e.ambiguous.length;
  if (named > 0 || e.moving || u.from || u.to || u.inherited.includes("intent")) return u;
  const judged = fieldJudgedAsCareer(kb, tokens);
  // "is cloud a fad": a field doubted as hype asks whether its roles last, their outlook.
  if (!marketIntents.has(u.intent) && !futureDoubted(u.text) && !judged) return u;
  const word = fieldOfRolesNamed(kb, tokens) ?? fieldDoubted(kb, u, tokens) ?? judged;
  const roles = word ? (rolesByNameWord(kb).any.get(word) ?? []) : [];
  if (!word) return u;
  // "is data a good field", "are data jobs in demand": a field of more roles than fit one after another is
  // its roles ranked by growth (before: the ML market's figures). Not where something is feared to take
  // the work ("will ai kill data jobs"), which a ranking would not answer, nor where the field is only
  // doubted for someone or something ("is data a good career for women").
  const rankedWhole =
    (judged !== undefined || fieldOfRolesNamed(kb, tokens) !== undefined) && !threatAsked(u.text);
  if (roles.length > mostShown && !rankedWhole) return u;
  if (roles.length > mostShown)
    return {
      ...u,
      intent: "roleRanking",
      confidence: 1,
      ranking: { metric: "growth", all: false, filter: word },
    };
  // The roles whose names begin with the field's word ("Cloud Architect") before those it is inside of
  // ("Big Data Cloud Engineer").
  const wordAt = (r: Role) => tokenize(r.name).indexOf(word);
  const ordered = [...roles].sort((a, b) => wordAt(a) - wordAt(b));
  // Neither a kind of skill ("cloud" platforms) nor a side left unread now: the field is its roles.
  const { skillKind: _kind, unread: _unread, ...entities } = e;
  const { skillsAsked: _skills, ...read } = u;
  return {
    ...read,
    intent: "outlook",
    confidence: 1,
    roles: ordered,
    entities: { ...entities, roles: ordered },
  };
}
