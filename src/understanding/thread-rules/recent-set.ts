import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { ConversationContext } from "../thread/conversation-state.js";

/*
 * "which of all these pays best", "which of those three", "which of them needs a phd": the roles the thread
 * named over its last few answers (`ConversationContext.recent`), not only the last answer's pair. The rule:
 * "all" or a count asks for that set whatever the thread is on now; "of them"/"these"/"those" alone asks
 * for it only when the thread is down to one role, which no "them" can mean. A count takes the roles named
 * last, leaving out the job the person holds when enough are left without it (the move's start is no option).
 */

/** "all these", "all of them", "all 3": every role the thread named lately. */
const allAsked = /\ball\s+(?:of\s+)?(?:these|those|them|the|three|four|3|4)\b/i;

/** "those three", "these 3", "the three", "which of the 3": a count of roles asked. */
const countAsked = /\b(?:these|those|the|of)\s+(two|three|four|2|3|4)\b/i;

/** "which of them", "of these", "which of those": a set pointed at. */
const setPointed = /\b(?:which|what)\b.*\b(?:of\s+(?:them|these|those)|these|those)\b/i;

const counts: Record<string, number> = { two: 2, three: 3, four: 4, "2": 2, "3": 3, "4": 4 };

/** The roles of ids, those the knowledge base knows, in order. */
const rolesOf = (kb: KnowledgeBase, ids: readonly string[]) =>
  ids.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);

/**
 * The roles the thread named lately when the question weighs them all, or undefined when it asks of the
 * thread's roles as they are (its own pair, or a set the last answer showed).
 */
export function recentSetAsked(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): Role[] | undefined {
  const recent = context?.recent ?? [];
  const now = context?.roles.length ?? 0;
  if (!/\bwhich\b/i.test(text) || recent.length <= now) return undefined;
  const count = counts[countAsked.exec(text)?.[1]?.toLowerCase() ?? ""];
  if (count !== undefined) {
    if (count <= now || count > recent.length) return undefined;
    const options = recent.filter((id) => id !== context?.held);
    return rolesOf(kb, (options.length >= count ? options : recent).slice(-count));
  }
  if (allAsked.test(text) || (now === 1 && setPointed.test(text))) return rolesOf(kb, recent);
  return undefined;
}
