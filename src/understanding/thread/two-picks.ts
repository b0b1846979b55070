import type { KnowledgeBase } from "../../knowledge/base.js";
import { contrastWords } from "../words/contrast-words.js";
import { wordsPattern } from "../words/topic-words.js";
import type { ConversationContext } from "./conversation-state.js";
import { choicesIn, placeOf } from "./thread-pick.js";

/*
 * "how do i go from the first to the second", "compare the first one and the last one": two of the roles the
 * thread set side by side, picked by their places. The question is read as if it named them, so a move or a
 * comparison between them is read as one between the roles named.
 */

/** "the second", "the 2nd one", "the latter": a place in the thread's list, with the words that say it. */
const placed = /\bthe ([a-z0-9#]+)(?: one)?(?=$|[\s?!.,;:])/gi;

/**
 * Words that may follow a place that picks ("the first to the second"): no noun ("the first year") follows
 * it. Nor does "how", which the question goes on with where its comma is left out ("from the second to the
 * first how").
 */
const afterPick = new RegExp(
  String.raw`^(?:$|[?!.,;:]|\s+${wordsPattern(contrastWords, ["to", "into", "and", "from", "then", "over", "instead", "how", "pls", "please"]).source})`,
  "i",
);

/**
 * The question with two places among the thread's roles spelt out as the roles' names; as it was unless
 * it picks exactly two different roles so (one pick alone is read by `replyToAskBack`).
 */
export function twoPicksSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const ids = choicesIn(context);
  if (ids.length < 2) return text;
  const picks = [...text.matchAll(placed)].flatMap((m) => {
    const place = placeOf((m[1] ?? "").toLowerCase());
    const end = (m.index ?? 0) + m[0].length;
    if (place === undefined || !afterPick.test(text.slice(end))) return [];
    const role = kb.roleById.get(ids[place < 0 ? ids.length + place : place] ?? "");
    return role ? [{ at: m.index ?? 0, end, role }] : [];
  });
  const [first, second] = picks;
  if (picks.length !== 2 || !first || !second || first.role === second.role) return text;
  return (
    text.slice(0, first.at) +
    first.role.name +
    text.slice(first.end, second.at) +
    second.role.name +
    text.slice(second.end)
  );
}
