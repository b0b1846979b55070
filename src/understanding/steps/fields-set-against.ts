import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { fieldOptionsIn } from "../../knowledge/role-name-words.js";
import type { Understanding } from "../shape/understanding.js";
import { choiceWords } from "../words/contrast-words.js";
import { sideBySideIntent } from "./field-against-role.js";

/*
 * "is data or security more future proof", "cloud or security which pays more", "security vs network": two
 * fields (words several roles' names share) set against each other across "or"/"vs", no role named. Read
 * alone neither was a role, and the answer fell to the ML market's figures, a greeting or a skill's worth.
 * The fields stand for their roles: set side by side when they are few enough to show
 * together; else the field of many roles is asked back, which of its roles is meant, as "data or ml" is.
 */

/**
 * At most this many roles of the two fields are set side by side: an outlook lists each role's line, so
 * two fields of two roles each ("cloud or security"); a comparison or pay set side by side shows three.
 */
const mostSideBySide = (intent: string) => (intent === "outlook" ? 4 : 3);
/** At most this many of a field's roles are offered when the question asks back which. */
const mostAskedBack = 5;

/** The question read as the roles of two fields set against each other. */
export function fieldsSetAgainstRead(
  kb: KnowledgeBase,
  u: Understanding,
  tokens: readonly string[],
): Understanding {
  const e = u.entities;
  if (e.roles.length > 0 || e.uncovered.length > 0 || e.moving || u.from || u.to || u.intent === "gap")
    return u;
  const fields = fieldOptionsIn(kb, tokens, []);
  const [first, second] = fields;
  if (fields.length !== 2 || !first || !second) return u;
  // The two words right across an option word from each other: "data or security", "security vs network".
  const [a, b] = [tokens.indexOf(first.word), tokens.indexOf(second.word)].sort((x, y) => x - y);
  if (a === undefined || b === undefined || b - a !== 2 || !choiceWords.has(tokens[a + 1] ?? "")) return u;
  const roles = [...new Set<Role>([...first.roles, ...second.roles])];
  const intent = sideBySideIntent(u);
  // Neither field is a kind of skill or a side left unread now ("what security adds to pay"), whichever
  // way the roles are weighed.
  const { skillKind: _kind, unread: _unread, ...entities } = e;
  const { payBy: _by, skillsAsked: _skills, ...read } = u;
  // Sure by the question's shape, whatever the classifier guessed of "cloud or security".
  const weighed = { ...read, intent, confidence: 1 };
  if (roles.length <= mostSideBySide(intent)) return { ...weighed, roles, entities: { ...entities, roles } };
  if (e.ambiguous.length > 0) return u;
  const many = first.roles.length >= second.roles.length ? first : second;
  // The roles whose names begin with the field's word ("Data Analyst") before those it is inside of.
  const wordAt = (r: Role) => tokenize(r.name).indexOf(many.word);
  const options = [...many.roles].sort((x, y) => wordAt(x) - wordAt(y)).slice(0, mostAskedBack);
  return { ...weighed, entities: { ...entities, ambiguous: [{ typed: many.word, options }] } };
}
