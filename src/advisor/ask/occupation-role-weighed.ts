import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { ownJobAsked, weighsSides } from "../../understanding/thread-rules/words.js";
import type { Answer } from "../answers.js";
import { outlookBesideRole, schoolingBesideRole } from "../moves/occupation-beside-role.js";
import { contrastAsked, namesNoJob } from "./question-reading.js";

/**
 * "which one has more openings" after a move from nursing into data analyst, "and which one is growing
 * more" after "accountant vs data analyst salary", "is my current job shrinking" after a move from accounting:
 * a question weighing the thread's occupation against its one role, or asking of the job held, naming
 * neither, sets both side by side on their outlook or schooling, never one of them alone.
 * (Their pay has its answers already: the move's pay side by side, or the occupation's figures beside the
 * role's.)
 */
export function occupationAndRoleWeighed(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const soc = u.fromOccupation ?? u.threadOccupation;
  const [role, ...more] = u.threadRoles;
  const weighs = weighsSides(u.text) || contrastAsked.test(u.text) || ownJobAsked(u.text);
  if (!soc || !role || more.length > 0 || !weighs || !namesNoJob(u)) return undefined;
  const occupation = kb.official?.bySoc.get(soc);
  if (!occupation) return undefined;
  if (u.intent === "outlook") return outlookBesideRole(kb, u.text, occupation, role);
  return u.intent === "education" ? schoolingBesideRole(kb, u.text, occupation, role) : undefined;
}
