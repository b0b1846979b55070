/*
 * "the one that builds pipelines" after Software Data Engineer, Data Scientist and Data Analyst set side by
 * side: the role the description clearly fits (`describedPick`), spelt out as the pick of its place ("the
 * 1st one"), so that it asks what "the first one" would ask of it.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { describedPick } from "../thread/described-pick.js";
import { choicesIn } from "../thread/thread-pick.js";

/** "1st", "2nd", "3rd", "4th": a place in a list as the pick words read it. */
const placeWord = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;

/** The reply with a description that clearly fits one of the thread's choices spelt as that pick; else as it was. */
export function describedOneSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const ids = choicesIn(context);
  const picked = describedPick(
    tokenize(text),
    ids.flatMap((id) => kb.roleById.get(id) ?? []),
  )?.role;
  const at = picked ? ids.indexOf(picked.id) : -1;
  return at < 0 ? text : `the ${placeWord(at + 1)} one`;
}
