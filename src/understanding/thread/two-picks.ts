import type { KnowledgeBase } from "../../knowledge/base.js";
import { contrastWords } from "../words/contrast-words.js";
import { sidesByPlace } from "../words/move-between.js";
import { wordsPattern } from "../words/topic-words.js";
import type { ConversationContext } from "./conversation-state.js";
import { choicesIn, placeOf } from "./thread-pick.js";

/*
 * "how do i go from the first to the second", "compare the first one and the last one": two of the roles the
 * thread set side by side, picked by their places. The question is read as if it named them, so a move or a
 * comparison between them is read as one between the roles named. "from one to the other" of two roles is
 * the move from the first named to the second.
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
 * The two roles a thread is on, first named first: those it set side by side, else the two it went through
 * in turn ("what does a data analyst make", "and a data scientist?"), else a move's, where it starts first
 * (its thread keeps where it leads first). Undefined with more or fewer.
 */
export function pairInThread(context: ConversationContext | undefined): readonly string[] | undefined {
  const ids = choicesIn(context);
  const inTurn = context?.offered === undefined && ids.length === 1 ? context?.recent : undefined;
  const pair = ids.length === 2 ? ids : inTurn;
  if (pair?.length !== 2) return undefined;
  return context?.intent === "gap" && pair === context.roles ? [...pair].reverse() : pair;
}

/**
 * "can you switch from one to the other": a move's sides said by their places alone, spelt out as the names
 * of the thread's two roles, the one named first where it starts; as it was unless the thread is on two.
 * ("one" picks no place alone, and "the other" alone would pick the second and leave the move no start.)
 */
function sidesSpelt(kb: KnowledgeBase, text: string, context: ConversationContext | undefined): string {
  const bySides = sidesByPlace.exec(text);
  const [start, end] = (pairInThread(context) ?? []).map((id) => kb.roleById.get(id));
  if (!bySides || !start || !end) return text;
  const after = text.slice(bySides.index + bySides[0].length);
  return `${text.slice(0, bySides.index)}from ${start.name} ${bySides[1]} ${end.name}${after}`;
}

/**
 * The question with two places among the thread's roles spelt out as the roles' names; as it was unless
 * it picks exactly two different roles so (one pick alone is read by `replyToAskBack`).
 */
export function twoPicksSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const spelt = sidesSpelt(kb, text, context);
  if (spelt !== text) return spelt;
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
