/*
 * "how long would that take", "what would it take to switch" after an occupation's pay set beside a role's
 * ("how does nurse pay compare to it support"): the time or effort asked is that of the move from the
 * occupation into the role, read as if the question named both sides, never the way into the occupation
 * (how to become a nurse). The move's answer says the sources give no timeline, then what it takes.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { tokenize } from "../../knowledge/core/text.js";
import type { ConversationContext } from "../thread/conversation-state.js";
import { asksHowLong, asksWhatItTakes } from "../words/question-asks.js";

/** Words of a move made without its sides: "switch", "make the jump", "go over". */
const moveWords = /\b(?:switch|switching|move|moving|transition|transitioning|jump|change over|pivot)\b/i;

/**
 * The move pointed at rather than a job named: "how long would that take", "is it hard to make the switch"
 * ("how long do nurses study" asks of the nurses named).
 */
const movePointedAt = /\b(?:that|it|this|the (?:switch|move|jump|transition))\b/i;

/** A side already said ("from nursing", "into data analysis"), which the question's own reading keeps. */
const sideSaid = /\b(?:from|into|to become|to be an?)\b/i;

/**
 * The question with the move's sides spelt out, where the thread's last answer set an occupation beside one
 * role and the question asks the time or effort of getting there (or of switching), naming no role itself.
 */
export function moveAfterWeighingSpelt(
  kb: KnowledgeBase,
  text: string,
  context: ConversationContext | undefined,
): string {
  const [roleId, ...more] = context?.roles ?? [];
  const weighed = context?.intent === "compare" || context?.intent === "payCompare";
  const occupation = context?.occupation ? kb.official?.bySoc.get(context.occupation) : undefined;
  const role = roleId && more.length === 0 ? kb.roleById.get(roleId) : undefined;
  if (!weighed || !occupation || !role || context?.besideOccupation) return text;
  const asked = asksHowLong(text) || asksWhatItTakes(text) || moveWords.test(text);
  if (
    !asked ||
    !movePointedAt.test(text) ||
    sideSaid.test(text) ||
    kb.roleNames.findAll(tokenize(text)).length > 0
  )
    return text;
  return `${text.replace(/[?!.\s]+$/, "")}, going from ${occupation.title.toLowerCase()} to ${role.name}`;
}
