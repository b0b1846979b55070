/*
 * "how do i negotiate salary as a new grad swe", "should i negotiate my sre offer": no source covers
 * negotiating, but what a person negotiating needs from here is the role's pay at their level, to anchor
 * on; the answer says first that it holds nothing on negotiating (advisor/ask/left-aside.ts).
 */
import type { Understanding } from "../shape/understanding.js";
import { asksNegotiation } from "../words/question-asks.js";
import { asPayOfOneRole } from "./pay-of-one-role.js";

/**
 * A question of negotiating pay for one role, read as a question of its pay; "should i counter" after a
 * role's pay names none, and negotiates for the thread's one role.
 */
export function negotiationRead(u: Understanding): Understanding {
  return asksNegotiation(u.text) ? asPayOfOneRole(u) : u;
}
