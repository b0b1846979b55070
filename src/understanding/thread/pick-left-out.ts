import type { KnowledgeBase } from "../../knowledge/base.js";
import type { ConversationContext } from "./conversation-state.js";
import { theRest } from "./rest-of-set.js";
import { choicesIn, placeOf } from "./thread-pick.js";

/*
 * "drop the middle one, just compare the other two on skills", "without the first one": one of three or more
 * roles the thread set side by side, left out by its place. The question is read as if it named the roles
 * left, so a comparison (or the thread's last question, asked again) is of those, never of the one dropped.
 */

/** Words that leave one of a set out, before its place: "drop the middle one", "except the last". */
const leavingOut =
  /\b(?:drop(?:ping)?|without|except(?: for)?|excluding|minus|skip(?:ping)?|ignor(?:e|ing)|forget(?: about)?|leav(?:e|ing) out|remov(?:e|ing)|take out)\s+the ([a-z0-9#]+)(?: one)?\b[,.;:!]?\s*/i;

/**
 * The question with the roles left after one is left out spelt out by their names: in place of "the other
 * two" (or "the rest"), else of the words that left it out. As it was unless it leaves out one of three or
 * more roles by its place ("the middle one" of an odd number).
 */
export function leftOutSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const ids = choicesIn(context);
  const m = leavingOut.exec(text);
  if (ids.length < 3 || !m) return text;
  const word = (m[1] ?? "").toLowerCase();
  const place = word === "middle" ? (ids.length % 2 === 1 ? (ids.length - 1) / 2 : undefined) : placeOf(word);
  if (place === undefined) return text;
  const index = place < 0 ? ids.length + place : place;
  const left = ids.flatMap((id, i) => (i === index ? [] : (kb.roleById.get(id)?.name ?? [])));
  if (index >= ids.length || left.length !== ids.length - 1) return text;
  const names = left.join(" and ");
  const without = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return theRest.test(without)
    ? without.replace(theRest, names)
    : `${text.slice(0, m.index)}${names} ${text.slice(m.index + m[0].length)}`.trim();
}
