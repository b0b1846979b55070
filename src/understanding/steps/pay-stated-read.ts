/*
 * "got an offer for 82k as a data analyst, is that fair?", "making 60k in it support, am i underpaid",
 * "i was offered 110k, is that good?" after a pay answer: a pay question that states an amount is asked to
 * set that amount against the figures, not only to give them.
 */
import { namedJobs } from "../entities/entities.js";
import { payIntents } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { outlookAskedBesidePayTold } from "../words/outlook-beside-pay.js";
import { payStatedIn } from "../words/pay-stated.js";

/**
 * The pay a pay question states, kept for the answer; a question of another kind keeps its reading. A reply
 * to a question back of which job ("heavy" after "which truck drivers?") states the amount the question
 * before it did (`ConversationContext.payStated`), when it asks pay again, as a pick asks the question
 * before it again.
 */
export function payStatedRead(u: Understanding, context?: ConversationContext): Understanding {
  // Two roles weighed ("offered 120k as swe, does sre pay more") ask which pays more, not where one amount
  // sits; one job named beside an amount offered or judged asks where it sits, however the rest leaned
  // ("they offered me 25/hr for it support, is that ok" leans to a comparison).
  const oneJob = namedJobs(u.entities) === 1 && !u.from && !u.to && u.intent !== "gap";
  const onePay = u.intent === "salary" || u.intent === "totalComp" || oneJob;
  const judgedAfterPay = u.figuresAsked?.about === "judged" && payIntents.has(u.intent);
  // Pay abroad is in another currency and another market: no figure here is for it.
  if ((!onePay && !judgedAfterPay) || u.entities.unlistedPlace?.abroad) return u;
  // "i make 49k in sacramento. … what is the actual outlook for bookkeepers?": the pay told, the outlook asked.
  if (u.intent === "outlook" && outlookAskedBesidePayTold(u.text)) return u;
  const stated = payStatedIn(u.text) ?? (u.intent === "salary" ? context?.payStated : undefined);
  if (!stated) return u;
  const { figuresAsked: _asked, ...rest } = u;
  return { ...rest, intent: "salary", confidence: 1, payStated: stated };
}
