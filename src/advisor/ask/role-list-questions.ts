/** Lists of roles asked for: the IT field's, those near a role, or all the knowledge covers. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { asksJobsListed } from "../../understanding/words/question-asks.js";
import { asksRelatedRoles } from "../../understanding/words/topic-words.js";
import type { Answer, UserContext } from "../answers.js";
import { relatedRolesAnswer } from "../roles/related-roles.js";
import { listRoles } from "../roles/roles.js";
import { itRolesListed, whichRole } from "./ask-back.js";
import { namesNothing } from "./question-reading.js";
import { together } from "./together.js";

/** A question whose intent is a list of roles ("roleList"). */
export function roleListAnswer(kb: KnowledgeBase, u: Understanding, user: UserContext): Answer {
  const q = u.text;
  // "my son wants to study IT, what jobs can he get": the field's roles, the usual way in first.
  // "what kinds of jobs r there in IT": the same roles, offered as what there is.
  if (u.entities.itField && namesNothing(u) && u.threadRoles.length === 0)
    return asksJobsListed(q) ? itRolesListed(kb) : whichRole(kb, "responsibilities", user, u);
  // "related roles to cloud architect", "similar roles?" after a question about a role: the roles near it.
  if (u.roles[0] && (asksRelatedRoles(q) || u.inherited.includes("intent")))
    return together(
      q,
      u.roles.map((r) => relatedRolesAnswer(kb, q, r)),
    );
  return listRoles(kb);
}
