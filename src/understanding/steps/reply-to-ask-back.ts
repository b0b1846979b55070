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
import { type Entities, namedJobs } from "../entities/entities.js";
import type { Intent } from "../intent/intents.js";
import {
  besideSideAsked,
  type ConversationContext,
  heldBeforeOptions,
} from "../thread/conversation-state.js";
import { heldSaidFirst } from "../thread/held-occupation.js";
import {
  afterOpeningPick,
  framesPick,
  onlyPicks,
  pickInThread,
  replyOfOneWord,
  type ThreadPick,
} from "../thread/thread-pick.js";
import { kindNamedBack } from "./kind-named-back.js";
import { stageNamedBack } from "./stage-named-back.js";

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

/**
 * Whether the last answer weighed roles as options from the occupation held ("im a nurse, should i go for
 * data analyst or it support"): the thread keeps the occupation beside them for one answer, and the role a
 * reply picks among them is where a move from it leads.
 */
const optionsFromHeld = (c: ConversationContext | undefined): c is ConversationContext =>
  c?.heldOccupation !== undefined && c.occupation !== undefined && c.roles.length >= 2;

/** Whether the last answer weighed roles as options from an occupation or a role held. */
const optionsFromAnyHeld = (c: ConversationContext | undefined): c is ConversationContext =>
  optionsFromHeld(c) || heldBeforeOptions(c) !== undefined;

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
  e: Entities,
): AskBackReply {
  const pick = pickInThread(kb, tokens, context, namedJobs(e)) ?? namedInReply(kb, tokens, context, e);
  // "the data analyst one", "data analyst", "ok analyst": a pick that asks nothing else.
  const alone = pick?.namedAlone || onlyPicks(tokens) || replyOfOneWord(tokens);
  const picked = pick?.role && alone ? pick.role : undefined;
  // "restaurant", "the restaurant one" after "Which manager do you mean?": no role offered, but the manager
  // of that kind, asked as the question back was.
  const pickedNone = pick === undefined || Object.keys(pick).length === 0;
  const kind =
    pickedNone && askedBackWhich(context) ? kindNamedBack(kb, tokens, context?.offered ?? [], e) : undefined;
  const restated = picked
    ? moveFromHeld(picked, context)
    : (pick?.role && optionAsked(kb, pick.role, tokens, context)) || kind;
  return { ...(pick ? { pick } : {}), ...(restated ? { restated } : {}) };
}

/**
 * "ok the first one. how long till id be making what i make now" after options weighed from the occupation
 * held: the move from it to the one picked, with what the reply asks of it, as one message (otherwise: the
 * option's pay alone, the job held dropped).
 */
function optionAsked(
  kb: KnowledgeBase,
  picked: Role,
  tokens: string[],
  context: ConversationContext | undefined,
): string | undefined {
  const picking = afterOpeningPick(tokens);
  const rest = picking.length > 0 ? picking : afterRoleNamedFirst(kb, picked, tokens);
  const option = optionsFromHeld(context) && context.roles.includes(picked.id);
  // "data analyst i think. would i take a pay cut" after "Which data role do you want to move to from
  // high school math teacher?": the move asked back about, to the role the reply names, with its question.
  const held = context?.heldOccupation;
  return (option || wayInAskedBack(context)) && held && rest.length > 0
    ? heldSaidFirst(held, `could i move to ${picked.name}? ${rest.join(" ")}`)
    : undefined;
}

/**
 * Whether a role typed alone ("data analyst", read by the command grammar as a request for its card) is
 * the reply to a question back of which role was meant, whether or not it was among those offered, or to
 * options weighed from an occupation held, one of them: asked as a question, it picks the role, and the
 * question asked back (or the move to the option) is asked of it.
 */
export function replyNamesRole(
  kb: KnowledgeBase,
  typed: string,
  context: ConversationContext | undefined,
): boolean {
  // Typed as it may be typed ("data analist"): the command's own reading of the name found it already.
  const named = kb.roleNames.lookup(typed)?.entries ?? [];
  if (askedBackWhich(context)) return named.length > 0;
  // "senior applied scientist" after which applied scientist was asked of a comparison's side.
  if (besideSideAsked(context)) return named.some((id) => context?.offered?.includes(id));
  return optionsFromAnyHeld(context) && named.some((id) => context.roles.includes(id));
}

/**
 * The role a reply names, by its name or by the words of one offered: after a question back, any role
 * (one offered first); after options from an occupation held, one of them.
 */
function namedInReply(
  kb: KnowledgeBase,
  tokens: string[],
  context: ConversationContext | undefined,
  e: Entities,
): ThreadPick | undefined {
  if (askedBackWhich(context)) {
    const offered = context?.offered ?? [];
    return (
      offeredNamedAlone(kb, tokens, offered) ??
      offeredByItsWords(kb, tokens, offered) ??
      stageNamedBack(kb, tokens, offered) ??
      (wayInAskedBack(context) ? roleOpeningReply(kb, tokens, offered) : undefined)
    );
  }
  if (besideSideAsked(context)) return optionNamed(context?.offered ?? [], e);
  if (!optionsFromAnyHeld(context)) return undefined;
  return optionNamed(context.roles, e) ?? offeredByItsWords(kb, tokens, context.roles);
}

/**
 * "data analyst", "the data analyst one", "ok the scientist" after options from an occupation held: a reply
 * whose one job named (by a name, or by a word that ends one option's name alone) is one of the options,
 * its other words only framing the pick.
 */
function optionNamed(options: readonly string[], e: Entities): ThreadPick | undefined {
  const [role] = e.roles;
  const framed = e.masked.every((w) => w === "xrole" || framesPick(w));
  return role && namedJobs(e) === 1 && options.includes(role.id) && framed
    ? { role, namedAlone: true }
    : undefined;
}

/**
 * The one role a reply names, where it names one only: with the name's place in the reply. A name several
 * roles share picks the one offered; one of its own, any role ("data engineer" is asked the question back
 * too, whether or not its button was among the five).
 */
function oneRoleNamed(
  kb: KnowledgeBase,
  tokens: string[],
  offered: readonly string[],
): { role: Role; start: number; end: number } | undefined {
  const matches = kb.roleNames.findAll(tokens, undefined, false);
  const [match] = matches;
  if (!match || matches.length !== 1) return undefined;
  const id =
    offered.find((o) => match.entries.includes(o)) ??
    (match.entries.length === 1 ? match.entries[0] : undefined);
  const role = id ? kb.roleById.get(id) : undefined;
  return role ? { role, start: match.start, end: match.end } : undefined;
}

/**
 * "data analyst i think. would i take a pay cut" after which role a move was to lead to: a reply that opens
 * on naming one role and goes on to ask something of it picks that role (the question is asked of the move).
 */
function roleOpeningReply(
  kb: KnowledgeBase,
  tokens: string[],
  offered: readonly string[],
): ThreadPick | undefined {
  const named = oneRoleNamed(kb, tokens, offered);
  return named && named.start === 0 ? { role: named.role } : undefined;
}

/**
 * "data analyst", "ok data analyst pls" after "Which data role do you mean?": a reply that names a role (one
 * of those offered, or another) and nothing else, picks it as "the data analyst one" does, and so answers
 * the question asked back of it (otherwise: it gave the role's card, the question asked back dropped).
 * Only after a question back: after a ranking or a list, a role named alone asks of it anew.
 */
function offeredNamedAlone(
  kb: KnowledgeBase,
  tokens: string[],
  offered: readonly string[],
): ThreadPick | undefined {
  const named = oneRoleNamed(kb, tokens, offered);
  if (!named) return undefined;
  const rest = [...tokens.slice(0, named.start), ...tokens.slice(named.end)];
  return rest.every(framesPick) ? { role: named.role, namedAlone: true } : undefined;
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
 * a move from the occupation held leads, said as the person would in one message; else undefined. So is the
 * one picked among options weighed from it, as the options from a role held offer the move to each.
 * Without it, the reply gave the role's card, neither the question asked back nor the move from teaching;
 * and "the analyst one" after "im a nurse, should i go for data analyst or it support" picked none,
 * and "the first one" gave the nurses' figures.
 */
/** Words that only hedge a pick said before a question: "data analyst i think. would i…". */
const pickHedges = new Set("i think guess probably maybe prob then ok okay so".split(" "));

/**
 * What a reply asks after the role it opens on naming ("data analyst i think. would i take a pay cut"):
 * the words after the name, its hedges left out; none where the reply does not open on the role's name.
 */
function afterRoleNamedFirst(kb: KnowledgeBase, picked: Role, tokens: string[]): string[] {
  for (let n = Math.min(4, tokens.length - 1); n >= 1; n--) {
    if (!(kb.roleNames.lookup(tokens.slice(0, n).join(" "))?.entries ?? []).includes(picked.id)) continue;
    const rest = tokens.slice(n);
    while (rest.length > 0 && pickHedges.has(rest[0] ?? "")) rest.shift();
    return rest;
  }
  return [];
}

/** Whether the last answer asked back which role a way in, or a move, was meant to lead to. */
const wayInAskedBack = (context: ConversationContext | undefined) =>
  askedBackWhich(context) && context?.intent !== undefined && intoRole.has(context.intent);

function moveFromHeld(picked: Role, context: ConversationContext | undefined): string | undefined {
  const held = context?.heldOccupation;
  const wayInAsked = wayInAskedBack(context);
  const option = optionsFromHeld(context) && context.roles.includes(picked.id);
  return held && (wayInAsked || option) ? heldSaidFirst(held, `could i move to ${picked.name}`) : undefined;
}
