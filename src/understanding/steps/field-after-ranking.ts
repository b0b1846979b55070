/*
 * "is it worth it w/o a degree" after the best paid IT roles: with no job named and none picked, "it" weighed
 * as worth going into is the field the ranking ranked, read as if "IT" were typed; the ranked roles are no
 * one role to ask back from. So is "it" asked of as a way in without a degree ("is it doable w/o a degree"):
 * which of the field's roles need none is the field's answer, not one role's. A figure asked of "it" ("what
 * does it pay starting out") is one role's, which is asked back; its pay judged ("does it pay enough to live on",
 * "does it pay well") is the field's, its roles' pay ranked, as "does IT pay well" is; so is a part of it asked of
 * ("which part of it is growing").
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { itRoles } from "../../knowledge/it-roles.js";
import { type Entities, namedJobs } from "../entities/entities.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { asksWithoutDegree } from "../words/topic-words.js";

/** The first "it" said as a word of its own. */
const pronounIt = /(?<![\p{L}\p{N}'’])it(?![\p{L}\p{N}'’])/iu;

/** Pay judged rather than a figure asked: "does it pay well", "pay enough to live on", "good money". */
const payJudged =
  /\b(?:pay|pays|paying)\s+(?:well|enough|good|decent|ok|okay|alright|badly|poorly|the bills)\b|\b(?:good|decent|livable|liveable) (?:money|pay|salary|wage|income)\b|\b(?:live|living) on\b/i;

/** A part of the field asked of: "which part of it is growing", "what areas of it pay best". */
const partOfIt =
  /\b(?:part|parts|area|areas|side|sides|corner|corners|branch|branches|kind|kinds|type|types|niche|niches|bits?) of it\b/i;

/** Whether the thread's last answer set out the IT field's roles, every one of them and no other. */
function itFieldSetOut(kb: KnowledgeBase, context: ConversationContext | undefined): boolean {
  if (!context || context.roles.length > 0) return false;
  const it = itRoles(kb).map((r) => r.id);
  const offered = context.offered ?? [];
  return offered.length === it.length && offered.every((id) => it.includes(id));
}

/** Whether the thread's last answer ranked the IT field's roles. */
const rankedItField = (kb: KnowledgeBase, context: ConversationContext | undefined) =>
  context?.intent === "roleRanking" && context.rankedBy !== undefined && itFieldSetOut(kb, context);

/**
 * The question with its first "it" said as the field, where it weighs the field a ranking ranked the roles of,
 * or asks of a part of the field whose roles the last answer set out ("what is IT", then "which part of it
 * is growing").
 */
export function fieldPronounRestated(
  kb: KnowledgeBase,
  text: string,
  e: Entities,
  context: ConversationContext | undefined,
): string | undefined {
  if (namedJobs(e) > 0 || !e.pronoun || e.itField) return undefined;
  const fieldWeighed =
    rankedItField(kb, context) && (e.weighing || asksWithoutDegree(text) || payJudged.test(text));
  const partAsked = itFieldSetOut(kb, context) && partOfIt.test(text);
  if (!fieldWeighed && !partAsked) return undefined;
  const at = text.search(pronounIt);
  return at < 0 ? undefined : `${text.slice(0, at)}IT${text.slice(at + 2)}`;
}
