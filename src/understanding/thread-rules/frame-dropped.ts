import { pairIntents, roleIntents } from "../intent/intents.js";
import { asked, type ThreadRule } from "./decision.js";

/*
 * "ok forget that, what about sre": what the thread was doing (a move, a comparison) is dropped for the one
 * role named.
 */

/** "forget that", "never mind", "scratch that": the thread's last question is dropped, not carried on. */
const dropsFrame =
  /\b(?:forget (?:about )?(?:that|it|this)|never ?mind|nvm|scratch that|ignore that|leave that)\b/i;

/**
 * A role named after "forget that" is asked what the thread last asked of one role (its pay, its
 * education), or what it is where the thread's last question was a move or a comparison; a question of
 * its own ("forget that, what does an sre make") keeps what it asks.
 */
export const frameDropped: ThreadRule = (r, d) => {
  if (!dropsFrame.test(r.text) || r.e.roles.length !== 1 || r.jobsNamed !== 1 || r.move) return undefined;
  // "nvm, what about going to pm instead" after a move: only where the move leads is dropped, not its start.
  if (r.threadMove && r.e.moving && r.e.to !== undefined) return undefined;
  const plain = (intent: typeof d.intent | undefined) =>
    intent !== undefined && roleIntents.has(intent) && !pairIntents.has(intent);
  if (plain(d.intent) && !d.inherited.includes("intent")) return undefined;
  const last = r.context?.intent;
  return last && plain(last) ? last : asked("responsibilities");
};
