/*
 * "it vs swe", asked back "Compare Software Engineer with which IT role?", then "which has more openings":
 * a reply that weighs the two sides and picks no IT role. IT support, the usual IT role, stands for IT, as if
 * picked, and the answer says so; never the thread's role alone, as if the IT side had been dropped.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { pairIntents } from "../intent/intents.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { readsAsPick } from "../thread/thread-pick.js";
import { comparesTwo } from "../words/question-asks.js";

/** The thread as it would be had IT support been picked, and IT support. */
export interface ItSideStoodIn {
  context: ConversationContext;
  role: Role;
}

/**
 * Whether the last answer asked which IT role to set beside the thread's one role: IT's roles offered, that
 * role not among them, in a question back of a comparison (a move's asks where it starts, apart).
 */
function askedItRoleBeside(kb: KnowledgeBase, context: ConversationContext): boolean {
  const [on] = context.roles;
  const offered = context.offered ?? [];
  const it = new Set(itRoles(kb).map((r) => r.id));
  const comparing =
    context.intent !== undefined && pairIntents.has(context.intent) && context.intent !== "gap";
  return (
    comparing &&
    on !== undefined &&
    context.roles.length === 1 &&
    offered.length >= 2 &&
    offered.every((id) => it.has(id)) &&
    !offered.includes(on)
  );
}

/**
 * "which has more openings", "which pays more" right after "Compare Software Engineer with which IT role?",
 * naming no job and picking none: the thread with IT support beside its role, set side by side, and IT
 * support; undefined otherwise.
 */
export function itSupportBesideThreadRole(
  kb: KnowledgeBase,
  context: ConversationContext | undefined,
  text: string,
  tokens: string[],
  jobsNamed: number,
): ItSideStoodIn | undefined {
  if (!context?.offered?.length) return undefined;
  const [usual] = itRoles(kb);
  if (!usual || !askedItRoleBeside(kb, context) || !context.offered.includes(usual.id)) return undefined;
  if (jobsNamed > 0 || readsAsPick(tokens) || !comparesTwo(text)) return undefined;
  const { offered: _offered, ...thread } = context;
  const roles = [...context.roles, usual.id];
  return { role: usual, context: { ...thread, roles, shown: roles } };
}
