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
import { aimedAmount, ownPayWeighed, payStatedIn } from "../words/pay-stated.js";

/** Words asking where a job leads next: "the next step up", "next move", "what comes after". */
const nextStepAsked =
  /\b(?:next (?:step|move|rung|role|level)|step up|comes? after|where (?:do|can|could) i go from)\b/i;

/**
 * Words that set roles against each other rather than one amount against each: "does sre pay more", "which is
 * better", "swe vs sre".
 */
const setAgainstEachOther =
  /\b(more|less|better|worse|higher|lower|most|least|best|worst|than|vs|versus|which|compared?|difference)\b/i;

/**
 * "is 120k good for swe or ds", "is 95k fair for a data analyst or data engineer": roles offered as a choice
 * with one amount judged, and no word setting them against each other, ask where the amount sits for each
 * (as "can i make 200k in any of them" does after a comparison), not for their comparison.
 */
function eachWeighed(u: Understanding): boolean {
  const e = u.entities;
  return (
    e.roles.length >= 2 &&
    e.roles.length === namedJobs(e) &&
    !u.from &&
    !u.to &&
    (u.intent === "compare" || u.intent === "payCompare") &&
    !setAgainstEachOther.test(u.text)
  );
}

/** "one more thing", "one more question": a turn of the thread, no word of setting pay against pay. */
const oneMoreThing = /\bone more (?:thing|question|q)\b/gi;

/** Pay set against the market: "vs market", "compared to the market". */
const marketWeighed = /\b(?:vs|versus|against|compared (?:to|with)) (?:the )?market\b/i;

/**
 * The pay a pay question states, kept for the answer; a question of another kind keeps its reading. A reply
 * to a question back of which job ("heavy" after "which truck drivers?") states the amount the question
 * before it did (`ConversationContext.payStated`), when it asks pay again, as a pick asks the question
 * before it again.
 */
export function payStatedRead(
  u: Understanding,
  context?: ConversationContext,
  message: string = u.text,
): Understanding {
  // "whats the next step up from it support if i want to make 80k": the next step is asked, the pay aimed at
  // only why; the job's path answers it.
  if (nextStepAsked.test(u.text) && namedJobs(u.entities) === 1 && aimedAmount(u.text))
    return { ...u, intent: "path", confidence: 1 };
  // "is it worth it vs the 52k i'm making now" after a job's pay: the asker's pay set against that job's.
  const ownPay =
    namedJobs(u.entities) === 0 && u.threadRoles.length === 1 ? ownPayWeighed(u.text) : undefined;
  if (ownPay) return { ...u, intent: "salary", confidence: 1, payStated: { ...ownPay, base: false } };
  // Two roles weighed ("offered 120k as swe, does sre pay more") ask which pays more, not where one amount
  // sits; one job named beside an amount offered or judged asks where it sits, however the rest leaned
  // ("they offered me 25/hr for it support, is that ok" leans to a comparison).
  const oneJob = namedJobs(u.entities) === 1 && !u.from && !u.to && u.intent !== "gap";
  // "does it pay enough to live on? he's making $17 an hour… don't want a pay cut" after one job's answer:
  // that job's pay against the amount told, though "pay cut" leaned to a comparison with no second job.
  const threadJobWeighed =
    namedJobs(u.entities) === 0 &&
    u.threadRoles.length === 1 &&
    u.intent === "payCompare" &&
    !setAgainstEachOther.test(u.text.replace(oneMoreThing, ""));
  const onePay =
    u.intent === "salary" || u.intent === "totalComp" || oneJob || threadJobWeighed || eachWeighed(u);
  const judgedAfterPay = u.figuresAsked?.about === "judged" && payIntents.has(u.intent);
  // Pay abroad is in another currency and another market: no figure here is for it.
  if ((!onePay && !judgedAfterPay) || u.entities.unlistedPlace?.abroad) return u;
  // "i make 49k in sacramento. … what is the actual outlook for bookkeepers?": the pay told, the outlook asked.
  if (u.intent === "outlook" && outlookAskedBesidePayTold(u.text)) return u;
  // "candidate is a DBA at Oracle making 130. what does oracle pay DBAs vs market?": the sentence asked is
  // read alone, and the amount the message told is what it sets against the market.
  // So after one job's answer, where the amount is told in a sentence of its own ("does it pay enough? he's
  // making $17 an hour").
  const toldBeside =
    u.text !== message && (marketWeighed.test(u.text) || threadJobWeighed) ? payStatedIn(message) : undefined;
  const stated =
    payStatedIn(u.text) ?? toldBeside ?? (u.intent === "salary" ? context?.payStated : undefined);
  if (!stated) return u;
  const { figuresAsked: _asked, ...rest } = u;
  return { ...rest, intent: "salary", confidence: 1, payStated: stated };
}
