/** Lists of roles asked for: the IT field's, a field's, those near a role, or all the knowledge covers. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { shownAtMost } from "../../understanding/thread/conversation-state.js";
import { asksFieldBesidesRole, asksJobsListed } from "../../understanding/words/question-asks.js";
import { asksRelatedRoles } from "../../understanding/words/topic-words.js";
import type { Answer, UserContext } from "../answers.js";
import { alias, roleCitations } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";
import { relatedRolesAnswer } from "../roles/related-roles.js";
import { listRoles } from "../roles/roles.js";
import { itRolesListed, rolesOfAWord, whichRole } from "./ask-back.js";
import { namesNothing } from "./question-reading.js";
import { together } from "./together.js";

/** "what else", "what other jobs": the roles beside those the thread asked about. */
const otherAsked = /\b(?:else|other|others)\b/i;

/** A question whose intent is a list of roles ("roleList"). */
export function roleListAnswer(kb: KnowledgeBase, u: Understanding, user: UserContext): Answer {
  const q = u.text;
  // "my son wants to study IT, what jobs can he get": the field's roles, the usual way in first.
  // "what kinds of jobs r there in IT": the same roles, offered as what there is.
  // "what else is there in IT" after a question about a sysadmin: the field's other roles, not the thread's
  // role again (its related roles, or every role the knowledge covers, was the answer).
  if (u.entities.itField && namesNothing(u) && asksJobsListed(q))
    return itRolesListed(kb, otherAsked.test(q) ? u.threadRoles : []);
  // "what's in IT for her besides help desk": the field's roles but the one left out.
  if (u.entities.itField && u.roles.length === 0 && asksFieldBesidesRole(q))
    return itRolesListed(kb, u.entities.roles);
  if (u.entities.itField && namesNothing(u) && u.threadRoles.length === 0)
    return whichRole(kb, "responsibilities", user, u);
  // "what are the data roles": the roles a word of several roles' names is part of, each with what it does.
  const field = namesNothing(u) && u.threadRoles.length === 0 ? rolesOfAWord(kb, q) : undefined;
  if (field) return fieldRolesListed(kb, q, field.word, field.roles);
  // "related roles to cloud architect", "similar roles?" after a question about a role: the roles near it.
  if (u.roles[0] && (asksRelatedRoles(q) || u.inherited.includes("intent")))
    return together(
      q,
      u.roles.map((r) => relatedRolesAnswer(kb, q, r)),
    );
  return listRoles(kb);
}

/**
 * "what are the data roles", "which security roles are there": a field's roles, each with what it does,
 * offered so that a reply can pick one ("the second one", "the one that builds pipelines") or weigh them
 * (otherwise: every role the knowledge covers was listed).
 */
function fieldRolesListed(kb: KnowledgeBase, q: string, word: string, roles: Role[]): Answer {
  return {
    ...factAnswer(
      q,
      `The ${roles.length} ${word} roles I know, each with what it does. Pick one to ask about, or name another role:`,
      roles.map((r) => `${r.name}: ${r.summary}`),
      roles.flatMap((r) => roleCitations(kb, r)),
      roles.slice(0, 3).map((r) => `role ${alias(r)}`),
    ),
    offered: roles.slice(0, shownAtMost).map((r) => r.id),
  };
}
