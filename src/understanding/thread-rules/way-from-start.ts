import type { Role } from "../../knowledge/core/schema.js";
import { fromWhereHeld, wayThereAsked } from "../words/way-from-start.js";
import type { ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";

/*
 * "how would i get into it from where i am" after "im on the help desk rn. what does IT security pay", "i
 * do manual testing, how do i get there" after an SRE's pay: the way into the thread's role asked by
 * someone who holds another job is the move from that job (said in the question, or said before in the
 * thread) into the thread's role, not the way in from nothing.
 */

/** Where the move starts and where it leads, when the question asks the way from a job held into the thread's role. */
export interface WayFromStart {
  from: Role;
  to: Role;
}

/**
 * The job the question starts from: the one role it names, said as where the move starts ("from manual
 * testing") or beside the way "there" asked ("i do manual testing, how do i get there": "there" is the
 * thread's role, so the one named is where one is); with no job named, the one the person said they hold.
 */
function startOf(r: ThreadReading): Role | undefined {
  const [named] = r.e.roles;
  if (named) {
    const oneNamed = r.jobsNamed === 1 && r.e.roles.length === 1 && !r.e.to;
    return oneNamed && (r.e.from === named || wayThereAsked.test(r.text)) ? named : undefined;
  }
  if (r.jobsNamed > 0) return undefined;
  return r.context?.held ? r.kb.roleById.get(r.context.held) : undefined;
}

/** The move asked, if the question asks the way from a job held into the thread's one other role. */
export function wayFromStart(r: ThreadReading): WayFromStart | undefined {
  if (r.asksPay || r.payDetail || !(wayThereAsked.test(r.text) || fromWhereHeld.test(r.text)))
    return undefined;
  const from = startOf(r);
  if (!from) return undefined;
  const ends = r.thread.filter((role) => role !== from);
  const [to] = ends;
  return to && ends.length === 1 ? { from, to } : undefined;
}

/** The move from the job held into the thread's role (see `wayFromStart`). */
export const wayFromStartIntoThreadRole: ThreadRule = (r) => {
  const way = wayFromStart(r);
  return way ? { intent: "gap", asked: true, toRole: way.to } : undefined;
};
