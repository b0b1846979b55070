import type { KnowledgeBase } from "../../knowledge/base.js";
import { fieldOptionsIn } from "../../knowledge/role-name-words.js";
import type { Understanding } from "../shape/understanding.js";

/*
 * "support tech wanting to go cloud or security", "sysadmin here, cloud or security?": the role held, and
 * two fields (words several roles' names share) set against each other as where to go from it. Read alone,
 * "cloud" was a kind of skill and the answer the role's tools or the ML market's cloud trend.
 * The fields are options of a move from the role held, weighed as options from it are: side by side where
 * they are few enough, else which of them is asked back (`move-options.ts`), a reply picking the move to one.
 */

/** The question read as a choice between fields, from the one role it says is held. */
export function fieldOptionsFromHeldRead(
  kb: KnowledgeBase,
  u: Understanding,
  tokens: readonly string[],
): Understanding {
  const e = u.entities;
  const [held] = e.roles;
  if (!held || e.roles.length !== 1 || u.from !== held || u.to || e.uncovered.length > 0) return u;
  if (fieldOptionsIn(kb, tokens, e.roles).length < 2) return u;
  // Neither field is a kind of skill, nor a side left unread, nor a skill whose worth to pay is asked.
  const { skillKind: _kind, unread: _unread, ...entities } = e;
  const { payBy: _by, skillsAsked: _skills, ...read } = u;
  // Sure by the question's shape, whatever the classifier guessed of "cloud or security": a move from the
  // role held, its end one of the options, as "sysadmin here, devops or cloud?" is read.
  return { ...read, intent: "gap", confidence: 1, entities };
}
