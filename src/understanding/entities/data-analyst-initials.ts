/**
 * "da" in a thread on a data role: "what does a ds earn", then "what about a da", asks of the data analyst,
 * as "ds" is the data scientist. Alone, with no data role before it, "da" stays O*NET's Dental Assistants
 * (`chat-shorthand.ts`); in such a thread it was read as no role, and the follow-up asked back which.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { ConversationContext } from "../thread/conversation-state.js";

/**
 * "da" where a role stands: after "a", "the", "vs", "or", "and", "about", "for", "to", "from" or a mark,
 * first in the message, or before a word of pay, of setting against or a question mark. Not chat's "da" for
 * "the" ("whats da best way to get started", "r u da bot").
 */
const daAlone =
  /(?<=(?:^|\b(?:a|the|vs|or|and|about|for|to|from|like|as)\s+|[,;:(]\s*))da\b(?!\s+(?:best|way|bot|same|one|only|first|last|most|real|thing)\b)/gi;

/** A role whose name says it works with data: Data Scientist, Software Data Engineer, Data Architect… */
const dataNamed = /\bdata\b/i;

/** The question with "da" spelt as the data analyst, where the thread is on a data role; else as typed. */
export function dataAnalystInitialsSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const onData = (context?.roles ?? []).some((id) => dataNamed.test(kb.roleById.get(id)?.name ?? ""));
  return onData ? text.replace(daAlone, "data analyst") : text;
}
