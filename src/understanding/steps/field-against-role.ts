import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { fieldOptionsIn } from "../../knowledge/role-name-words.js";
import { payIntents } from "../intent/intents.js";
import { isGuess, type Understanding } from "../shape/understanding.js";
import { choiceWords } from "../words/contrast-words.js";
import { payAsked } from "../words/topic-words.js";

/*
 * "ml or cloud, which is more future proof", "ml vs cloud", "is security or ml better paid": a word several
 * roles' names share (a field: "cloud", "security", "network") set right against a role named, across
 * "or"/"vs", is the other side of the comparison. Read alone it was a kind of skill ("cloud platforms an
 * MLE works with") or nothing, and the answer weighed one role only. The field stands for its roles, set
 * beside the one named, when there are few enough to show side by side; a field of many roles ("data")
 * is left to the readings that ask which.
 */

/** At most this many roles are set side by side, the one named with the field's. */
const mostSideBySide = 3;
/** At most this many of a field's roles are offered when the question asks back which. */
const mostAskedBack = 5;

/**
 * Whether the word at `at` of the masked question stands across an option word from a role named, or from
 * IT the field (masked as "tech") where that role is one of IT's: "sysadmin here. IT or cloud?" weighs
 * staying in the role against the field.
 */
const againstRole = (masked: readonly string[], at: number, itRole: boolean) => {
  const side = (w: string | undefined) => w === "xrole" || (itRole && w === "tech");
  // "is ml a safer bet than security", "… than the security ones": set against a role named before "than".
  const afterThan = masked[at - 1] === "than" || (masked[at - 1] === "the" && masked[at - 2] === "than");
  // "would sysadmin pay more or is cloud the move": the field offered after "or" (and a word of weighing),
  // the role named earlier in the question.
  const orBefore =
    masked[at - 1] === "or" || (masked[at - 2] === "or" && offeredAfterOr.has(masked[at - 1] ?? ""));
  return (
    (afterThan && masked.slice(0, at).includes("xrole")) ||
    (orBefore && masked.slice(0, at).includes("xrole")) ||
    (choiceWords.has(masked[at - 1] ?? "") && side(masked[at - 2])) ||
    (choiceWords.has(masked[at + 1] ?? "") && side(masked[at + 2]))
  );
};

/** Words between "or" and a field offered as the other side: "or is cloud", "or maybe security". */
const offeredAfterOr = new Set(["is", "maybe", "just", "go", "should", "would", "into"]);

/** What roles set side by side are weighed by: pay if pay is asked, the outlook if surely asked, else all. */
export const sideBySideIntent = (u: Understanding): "payCompare" | "outlook" | "compare" =>
  payIntents.has(u.intent) || u.intent === "payCompare" || (isGuess(u) && payAsked.test(u.text))
    ? "payCompare"
    : // Only a question sure of asking the future keeps to it: "ml vs security" alone is a comparison.
      u.intent === "outlook" && !isGuess(u)
      ? "outlook"
      : "compare";

/** The question read as a comparison of the role named with the roles of a field set against it. */
export function fieldAgainstRoleRead(
  kb: KnowledgeBase,
  u: Understanding,
  tokens: readonly string[],
): Understanding {
  const e = u.entities;
  // A move from a role held ("from sysadmin to ml or cloud") weighs its options in the move's own answer.
  // One into the role or the field, from nowhere named ("should i go into ml or cloud"), is the choice
  // between them: read as a move into the role alone, the field was dropped.
  if (e.roles.length !== 1 || e.uncovered.length > 0 || u.from || e.from) return u;
  const fields = fieldOptionsIn(kb, tokens, e.roles);
  const field = fields.length === 1 ? fields[0] : undefined;
  if (!field) return u;
  // The field's word as the classifier saw it: as typed, or the placeholder of the kind of skill it named.
  const asSkill = e.skillKind !== undefined && !e.masked.includes(field.word);
  const at = e.masked.indexOf(asSkill ? "xskill" : field.word);
  const itRole = e.itField && itRoles(kb).includes(e.roles[0] as Role);
  if (at < 0 || !againstRole(e.masked, at, itRole)) return u;
  // "is data or ml more future proof": a field of too many roles to show beside the one named is a side
  // that could mean several roles, asked back as "sde or ml" is, with buttons setting each against the role
  // (otherwise: the answer weighed MLE alone).
  // The roles whose names begin with the field's word ("Data Analyst") before those it is inside of ("Big
  // Data Cloud Engineer").
  const wordAt = (r: Role) => tokenize(r.name).indexOf(field.word);
  const options = [...field.roles].sort((a, b) => wordAt(a) - wordAt(b)).slice(0, mostAskedBack);
  if (field.roles.length + 1 > mostSideBySide && e.ambiguous.length === 0)
    return { ...u, entities: { ...e, ambiguous: [{ typed: field.word, options }] } };
  if (field.roles.length + 1 > mostSideBySide) return u;
  const intent = sideBySideIntent(u);
  // The field's word read as a kind of skill ("cloud" of "ml vs cloud") is the field now, and no longer a
  // side that could not be read ("security" left out of the comparison), with the words typed on after it
  // ("ml or security honestly cant decide").
  // Nor is the role named the one end of a move ("should i go into ml or cloud"): either side is.
  const { skillKind, unread, to: _end, ...rest } = e;
  const entities = {
    ...rest,
    ...(skillKind && !asSkill ? { skillKind } : {}),
    ...(unread && !tokenize(unread).includes(field.word) ? { unread } : {}),
  };
  // Nor is the field a skill whose worth to the role's pay is asked ("devops or security, which pays more").
  const { payBy: _by, skillsAsked: _skills, to: _to, ...read } = u;
  return {
    ...read,
    intent,
    // Sure by the question's shape, whatever the classifier guessed of "xrole vs security".
    confidence: 1,
    roles: [...e.roles, ...field.roles],
    entities,
  };
}
