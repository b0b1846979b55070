/**
 * Follow-ups in a thread about roles that name nothing of their own ("what about remote?", "anything
 * else?"): what the knowledge has on them, that it has nothing, or what else can be asked.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Intent } from "../../understanding/intent/intents.js";
import { confidentAt, type Understanding } from "../../understanding/shape/understanding.js";
import { asksWorkPlace } from "../../understanding/words/question-asks.js";
import type { Answer } from "../answers.js";
import { aboutThreadMove, aboutThreadRole } from "./ask-back.js";
import { beyondThreadRole, nothingOnIt } from "./nothing-on-it.js";
import { namesNothing } from "./question-reading.js";

/** Whether the question's intent was read only as a guess, or kept from the thread. */
const readWeakly = (u: Understanding) => u.confidence < confidentAt || u.inherited.includes("intent");

/**
 * "what about remote?", "can it be done remote" in a thread about a role, read only as a guess: what the
 * knowledge has on it, saying first that it has nothing on it for the role. After a comparison ("and
 * remote?" after "dba vs sysadmin pay") it says so for every role compared, not the first alone.
 */
export function beyondTheThreadRole(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const roles = u.threadRoles.slice(0, 3);
  return roles.length > 0 && readWeakly(u) && namesNothing(u) ? beyondThreadRole(kb, u, roles) : undefined;
}

/**
 * "is IT support remote friendly" opening a thread, read only as a guess: where the work is done, which
 * no source says for the one role named: said first, as a follow-up in its thread would be.
 */
export function workPlaceOfRoleNamed(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const [threadRole] = u.threadRoles;
  const [namedRole] = u.roles;
  const whereWorked =
    !threadRole && namedRole && u.roles.length === 1 && readWeakly(u) && asksWorkPlace(u.text);
  return whereWorked
    ? (beyondThreadRole(kb, u, [namedRole]) ?? nothingOnIt(kb, { ...u, threadRoles: [namedRole] }))
    : undefined;
}

/**
 * A follow-up in a thread about roles, naming nothing, whose reading is unsure: that the roles' sections
 * have nothing on what it asks, else what else can be asked.
 */
export function unsureThreadFollowUp(
  kb: KnowledgeBase,
  u: Understanding,
  unsure: boolean,
): Answer | undefined {
  return u.threadRoles.length > 0 && namesNothing(u) && unsure
    ? (nothingOnIt(kb, u) ?? aboutThread(u, u.intent))
    : undefined;
}

/**
 * "keep going", "what else can you tell me", "other info?": more asked of the thread, with nothing said of
 * what. (Not "more info" or "more details", which ask more of the role's work: `moreDetail`.)
 */
const moreOnly =
  /^\W*(?:(?:ok|okay|k|cool|nice|great|thanks|thx|got it|so|and|alright|hmm+)\W+)*(?:what else|anything else|anything more|what more|more|more pls|more please|(?:any )?other info|what other info(?: do you have)?|keep going|go on|continue|carry on|what else (?:can|could) you tell me|what else (?:do|should) i (?:know|need to know))\W*$/i;

/**
 * More asked in a thread about roles, naming nothing: what else can be asked of them, as buttons, never
 * the help page, a greeting or the list of roles the words lean the classifier to.
 */
export function moreOfThread(u: Understanding): Answer | undefined {
  return u.threadRoles.length > 0 && namesNothing(u) && moreOnly.test(u.text)
    ? aboutThread(u, u.intent)
    : undefined;
}

/**
 * What else can be asked in a thread, for a follow-up that asks nothing placeable: of the move the thread is
 * on (where it starts second), or of its roles.
 */
function aboutThread(u: Understanding, intent: Intent): Answer {
  const [to, from] = u.threadRoles;
  return u.threadIntent === "gap" && to && from
    ? aboutThreadMove(from, to)
    : aboutThreadRole(u.threadRoles, intent);
}
