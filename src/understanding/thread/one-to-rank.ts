/*
 * "which one pays the most" after one role's or one occupation's pay ("web dev pay"): a pick among several
 * asked where the thread holds one job, with nothing set beside it. There is nothing to rank it against,
 * so which ones is asked back (otherwise: that one job's figures again, as if it were the best paid).
 * After two or more (a comparison, a ranking, a question back's options), the pick is among those.
 */
import type { ConversationContext } from "./conversation-state.js";

/** "which one", "which ones", "which": a pick among several, its verb right after ("which pays the most"). */
const whichOne =
  /\b(?:which|what)(?: (?:one|ones|of (?:them|those|these)))? (?:pays?|earns?|makes?|is paid|gets paid)\b/;

/** Whether the thread holds exactly one job, with nothing set beside it, listed, offered or gone through. */
function oneJobHeld(c: ConversationContext): boolean {
  const jobs = c.roles.length + (c.occupation ? 1 : 0);
  const beside = [c.besideOccupation, c.earlierOccupation, c.earlier, c.rankedBy].some(
    (x) => x !== undefined,
  );
  const listed = [c.shown, c.offered, c.inTurn, c.recent].some((ids) => (ids?.length ?? 0) > 1);
  return jobs === 1 && !beside && !listed && (c.offered?.length ?? 0) === 0;
}

/** Whether a question with no job of its own asks which of several pays most where the thread holds one. */
export const oneToRank = (text: string, context: ConversationContext | undefined): boolean =>
  context !== undefined && whichOne.test(text.toLowerCase()) && oneJobHeld(context);
