/*
 * "the engineer one" after a move from IT support into security, answered as the move to Security Analyst:
 * the reply narrows where the move leads to another role of that field, the one whose name holds the word
 * said (Security Engineer). It is spelt out as the move from the job held to that role, so the move keeps
 * its start (read alone, "engineer" named no role of the thread and the move was read backwards).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { rolesHolding } from "./head-narrowed.js";

/** The whole reply: "the engineer one", "what about the engineer one", "no, the architect one?". */
const oneNarrowed =
  /^\s*(?:(?:no|nah|actually|sorry|what about|how about|and|i meant|i mean|more like)[\s,]+)*the ([a-z]+(?: [a-z]+)?) one\s*[?.!]*\s*$/i;

/** The words of a role's own name (not its other names, which stray into other fields: "it security"), by stem. */
const nameStems = (kb: KnowledgeBase, id: string): Set<string> =>
  new Set(tokenize(kb.roleById.get(id)?.name ?? "").map(stem));

/**
 * The reply spelt as the move from the job held to the one role that holds the words said and shares a word
 * of the move's end's name (its field: "security"); the move to its end again where the end's name holds
 * them ("the analyst one" after the move to Security Analyst). As it was where the thread is on no move
 * from a job held, or no one role fits.
 */
export function moveEndNarrowedSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const m = oneNarrowed.exec(text);
  const held = context?.held;
  const end = context?.roles.find((id) => id !== held);
  if (!m || context?.intent !== "gap" || !held || !end || context.roles.length !== 2) return text;
  const said = tokenize(m[1] ?? "");
  const endWords = nameStems(kb, end);
  const start = kb.roleById.get(held);
  const endRole = kb.roleById.get(end);
  // "the analyst one" after the move to Security Analyst: the end it has, picked again.
  if (said.every((w) => endWords.has(stem(w))))
    return start && endRole ? `from ${start.name} to ${endRole.name}` : text;
  const fieldWords = [...endWords].filter((w) => !said.some((s) => stem(s) === w));
  const fits = rolesHolding(kb, said).filter((r) => {
    const own = nameStems(kb, r.id);
    return r.id !== held && said.every((w) => own.has(stem(w))) && fieldWords.some((w) => own.has(w));
  });
  const [role, ...others] = fits;
  return role && start && others.length === 0 ? `from ${start.name} to ${role.name}` : text;
}
