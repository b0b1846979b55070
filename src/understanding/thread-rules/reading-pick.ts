/*
 * What a pick of one of the thread's roles asks ("the second one", "the cheaper one, how do i get in"):
 * nothing but the pick, which asks the thread's last question again of the one picked, or a topic of its own.
 */

import type { Entities } from "../entities/entities.js";
import type { Classification } from "../intent/classifier.js";
import { conversational, type Intent, payIntents, roleIntents } from "../intent/intents.js";
import { isGuess, namesNoTopic } from "../shape/understanding.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import {
  afterOpeningPick,
  closesOnPick,
  onlyLedInPick,
  onlyPicks,
  type ThreadPick,
} from "../thread/thread-pick.js";
import { learnAsked, payAsked } from "../words/topic-words.js";

export interface PickAsks {
  /**
   * A pick that asks nothing else ("the second one") asks the thread's last question again, of the one
   * picked. So does "tell me more about the second one", whose other words only ask about the pick.
   */
  asksNothing: boolean;
  /** After pay, or a ranking of roles (by pay, mostly), a pick asking nothing else asks the one picked's pay. */
  pickedPay: boolean;
  /** The intent before the thread is read: the classifier's, or what a pick asking nothing else asks. */
  firstIntent: Intent;
}

/** What a job is asked around the pick: "what does the second one do (all day)", "…day to day". */
const workAsked =
  /^what (?:does|do|would) (?:\S+ ){1,4}do(?: all day| every day| daily| day to day| exactly| at work)?$|\bday to day\b|\bdo all day\b/i;

export function pickAsks(
  words: string[],
  e: Entities,
  c: Classification,
  pick: ThreadPick | undefined,
  context: ConversationContext | undefined,
): PickAsks {
  const asksNothing =
    pick !== undefined &&
    !closesOnPick(words) &&
    // "just the first one, pay?": pay named after the pick is asked of it, however many words open it.
    !payAsked.test(afterOpeningPick(words).join(" ")) &&
    // "the second one, what would she need to learn": so is learning ("the second one" described, else).
    !learnAsked.test(afterOpeningPick(words).join(" ")) &&
    (conversational.has(c.intent) ||
      // A guess at a topic asked after the pick ("the cheaper one, how do i get in") still asks it.
      (isGuess(c) && (afterOpeningPick(words).length === 0 || !roleIntents.has(c.intent))) ||
      // ...but not one no word voted for ("the cheaper one, thoughts?"): that reply is the pick alone.
      namesNoTopic(c) ||
      // A short reply asks nothing but the pick unless it names a topic outright ("the former, what skills").
      (e.masked.length <= 5 && !roleIntents.has(c.intent)) ||
      onlyPicks(words) ||
      onlyLedInPick(words) ||
      pick.namedAlone === true);
  const pickedPay =
    asksNothing &&
    // "what does the second one do all day" after pay: what the one picked does, not its pay again.
    !workAsked.test(words.join(" ")) &&
    pick?.role !== undefined &&
    context?.intent !== undefined &&
    (payIntents.has(context.intent) || context.intent === "roleRanking");
  const firstIntent = pickedPay ? "salary" : asksNothing ? "followUp" : c.intent;
  return { asksNothing, pickedPay, firstIntent };
}
