/*
 * A reply to what the thread's last answer asked back or set out to pick from: "the second one", "data
 * analyst" after "Which data role do you mean?", "computer systems" after "Which analyst do you mean?".
 * The one step that reads such a reply: the pipeline (`understand.ts`) reads it once, before the thread
 * rules, which take its pick; a conversation's turn (`advisor/converse.ts`) asks it whether a role typed
 * alone is such a reply.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { stem, tokenize } from "../../knowledge/core/text.js";
import type { Intent } from "../intent/intents.js";
import type { ConversationContext } from "./conversation-state.js";
import { heldSaidFirst } from "./held-occupation.js";
import { framesPick, onlyPicks, pickInThread, type ThreadPick } from "./thread-pick.js";

/**
 * Whether the last answer asked back which role was meant, offering some to pick ("Which data role do you
 * mean?", "The closest roles I know: …"): offers on no role of the thread's. Not a ranking's rows, a list
 * of related roles or a path's next steps, which set roles out to look at, not to say which was meant.
 */
function askedBackWhich(c: ConversationContext | undefined): boolean {
  return (
    (c?.offered?.length ?? 0) > 0 &&
    c?.roles.length === 0 &&
    c.intent !== undefined &&
    c.intent !== "roleList" &&
    c.rankedBy === undefined
  );
}

/** What a reply picks, and the question it asks, said as the person would say it in one message. */
export interface AskBackReply {
  /** One of what the thread offered (`pickInThread`), or, after a question back, the role the reply names alone. */
  pick?: ThreadPick;
  /** The reply said whole where the role picked is a move from the occupation held: "im a teacher, could i move to Data Analyst". */
  restated?: string;
}

/**
 * The reply a message makes to what the thread's last answer asked back or set out: what it picks, and
 * where the role picked is where a move from the occupation held leads, that move asked in one message.
 */
export function replyToAskBack(
  kb: KnowledgeBase,
  tokens: string[],
  context: ConversationContext | undefined,
  jobsNamed: number,
): AskBackReply {
  const pick = pickInThread(kb, tokens, context, jobsNamed) ?? namedInReply(kb, tokens, context);
  const picked = pick?.role && (pick.namedAlone || onlyPicks(tokens)) ? pick.role : undefined;
  const restated = picked ? moveFromHeld(picked, context) : undefined;
  return { ...(pick ? { pick } : {}), ...(restated ? { restated } : {}) };
}

/**
 * Whether a role typed alone ("data analyst", read by the command grammar as a request for its card) is
 * the reply to a question back of which role was meant, whether or not it was among those offered: asked
 * as a question, it picks the role and the question asked back is asked of it.
 */
export function replyNamesRole(kb: KnowledgeBase, typed: string, context: ConversationContext | undefined) {
  // Typed as it may be typed ("data analist"): the command's own reading of the name found it already.
  return askedBackWhich(context) && (kb.roleNames.lookup(typed)?.entries.length ?? 0) > 0;
}

/** The role a reply names after a question back, by its name or by the words of one offered. */
const namedInReply = (kb: KnowledgeBase, tokens: string[], context: ConversationContext | undefined) =>
  askedBackWhich(context)
    ? (offeredNamedAlone(kb, tokens, context?.offered ?? []) ??
      offeredByItsWords(kb, tokens, context?.offered ?? []))
    : undefined;

/**
 * "data analyst", "ok data analyst pls" after "Which data role do you mean?": a reply that names a role (one
 * of those offered, or another) and nothing else, picks it as "the data analyst one" does, and so answers
 * the question asked back of it (misses-b probe: it gave the role's card, the question asked back dropped).
 * Only after a question back: after a ranking or a list, a role named alone asks of it anew.
 */
function offeredNamedAlone(
  kb: KnowledgeBase,
  tokens: string[],
  offered: readonly string[],
): ThreadPick | undefined {
  const matches = kb.roleNames.findAll(tokens, undefined, false);
  const [match] = matches;
  if (!match || matches.length !== 1) return undefined;
  const rest = [...tokens.slice(0, match.start), ...tokens.slice(match.end)];
  if (!rest.every(framesPick)) return undefined;
  // A name several roles share picks the one offered; one of its own, any role ("data engineer" is asked
  // the question back too, whether or not its button was among the five).
  const id =
    offered.find((o) => match.entries.includes(o)) ??
    (match.entries.length === 1 ? match.entries[0] : undefined);
  const role = id ? kb.roleById.get(id) : undefined;
  return role ? { role, namedAlone: true } : undefined;
}

/**
 * "computer systems" after "Which analyst do you mean?": a reply of a few words, every one of them in one
 * offered role's name and not all in another's, picks that role, though the words alone name none (or, as
 * "computer" does, several others).
 */
function offeredByItsWords(
  kb: KnowledgeBase,
  tokens: string[],
  offered: readonly string[],
): ThreadPick | undefined {
  const said = tokens.filter((t) => !framesPick(t));
  if (said.length < 2 || said.length > 3) return undefined;
  const roles = offered.flatMap((id) => kb.roleById.get(id) ?? []);
  const fits = roles.filter((role) => {
    const words = new Set(tokenize([role.name, ...role.aliases].join(" ")).map(stem));
    return said.every((t) => words.has(stem(t)));
  });
  const [role] = fits;
  return role && fits.length === 1 ? { role, namedAlone: true } : undefined;
}

/** Questions back whose answer, for someone holding an occupation, is a move from it: the way into a role, its path. */
const intoRole: ReadonlySet<Intent> = new Set<Intent>(["path", "gap", "gettingStarted"]);

/**
 * "im a teacher", "which data role could i move to", then "data analyst" (or "the data analyst one") after
 * "Which data role do you mean?": the role picked from a question back about the way into a role is where
 * a move from the occupation held leads, said as the person would in one message; else undefined.
 * Misses-b probe: the reply gave the role's card, neither the question asked back nor the move from teaching.
 */
function moveFromHeld(picked: Role, context: ConversationContext | undefined): string | undefined {
  const held = context?.heldOccupation;
  const asked = context?.intent;
  if (!held || !asked || !askedBackWhich(context) || !intoRole.has(asked)) return undefined;
  return heldSaidFirst(held, `could i move to ${picked.name}`);
}
