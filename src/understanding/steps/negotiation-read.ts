/*
 * "how do i negotiate salary as a new grad swe", "should i negotiate my sre offer": no source covers
 * negotiating, but what a person negotiating needs from here is the role's pay at their level, to anchor
 * on; the answer says first that it holds nothing on negotiating (advisor/ask/left-aside.ts).
 */
import { payIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";
import { asksNegotiation } from "../words/question-asks.js";

/** A question of negotiating pay for one role, read as a question of its pay. */
export function negotiationRead(u: Understanding): Understanding {
  if (!asksNegotiation(u.text) || u.roles.length !== 1 || payIntents.has(u.intent)) return u;
  const { from: _from, to: _to, ...rest } = u;
  return { ...rest, intent: "salary", confidence: 1 };
}
