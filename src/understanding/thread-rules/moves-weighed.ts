import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import { asked, type ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";

/*
 * Two moves weighed against each other, when the thread set them out one at a time: "sysadmin → devops",
 * "how about sre instead", then "which is the easier jump of the two" (otherwise: the second move again);
 * or "what do PMs make", "what about em", then "which one is easier to get into from swe" (otherwise: how
 * to become a software engineer). Either way the answer is the options from the one start, side by side,
 * as when both are named at once ("sysadmin: devops or sre?").
 */

/** Which of them, weighed as a step to take: easier, closer, better, or a jump, switch or move. */
const whichWeighed =
  /\bwhich\b.*\b(?:easier|easiest|harder|hardest|tougher|quicker|faster|closer|smoother|simpler|better|more realistic|jump|switch|move|transition|pivot)\b/i;

/**
 * Which of them pays more, asked after two moves from one start ("netadmin -> cloud architect", "what about
 * network architect instead", "which one pays more"): the options' pay set against each other, not the last
 * move's two sides again (its start is no option).
 */
const whichPays =
  /\bwhich\b.*\b(?:(?:pays?|paid|paying|makes?|earns?)\b.*\b(?:more|most|better|best|higher|highest|less|least)|(?:better|best|higher|highest)[- ](?:paid|paying))\b/i;

/**
 * A start named as where the move is from: "from swe", "coming from qa", "as a sysadmin", or as the job held,
 * "i'm a sysadmin, which one is closer" (otherwise: a guess at the words, the trends of ML).
 */
const fromNamed = /\b(?:from|as an?|i'?m an?|i am an?)\s+\S/i;

/**
 * "or would data architect make more sense long term", "or is devops the better bet" after a move: another end
 * set against the one the move led to, as one weighed against the other (otherwise: the two ends' pay, the
 * start dropped). "how about sre instead" names a move of its own, weighed later.
 */
const orWeighed =
  /^(?:(?:hmm+|ok|okay|but|so)[,\s]+)?or\b.*\b(?:makes? more sense|better|smarter|wiser|easier|more realistic|long[- ]term|safer|best)\b/i;

/** The most options set side by side. */
const mostOptions = 3;

export interface WeighedMoves {
  from: Role;
  targets: Role[];
}

const rolesOf = (kb: KnowledgeBase, ids: readonly string[]) =>
  ids.map((id) => kb.roleById.get(id)).filter((r): r is Role => r !== undefined);

/**
 * The start and the options of moves weighed against each other, or undefined: after a move, the ends the
 * thread's moves from the same start led to (the thread's roles named lately); or with a start named in the
 * question, the roles the thread went through one at a time.
 */
export function weighedMoves(r: ThreadReading): WeighedMoves | undefined {
  const { context, kb, e } = r;
  const another = anotherEndWeighed(r);
  if (another) return another;
  if (!context || !(whichWeighed.test(r.text) || whichPays.test(r.text)) || e.to || e.uncovered.length > 0)
    return undefined;
  if (context.intent === "gap" && r.jobsNamed === 0 && context.roles.length === 2) {
    const [, startId] = context.roles;
    const from = startId ? kb.roleById.get(startId) : undefined;
    const targets = rolesOf(
      kb,
      (context.recent ?? []).filter((id) => id !== startId),
    ).slice(-mostOptions);
    return from && targets.length >= 2 ? { from, targets } : undefined;
  }
  const [from] = e.roles;
  if (!from || e.roles.length !== 1 || r.jobsNamed !== 1 || !fromNamed.test(r.text)) return undefined;
  // "devops vs sre" then "i'm a sysadmin, which one is closer": the two set side by side are the options.
  const earlier = context.inTurn ?? context.recent ?? (context.intent === "compare" ? context.roles : []);
  const targets = rolesOf(
    kb,
    earlier.filter((id) => id !== from.id),
  ).slice(-mostOptions);
  return targets.length >= 2 ? { from, targets } : undefined;
}

/**
 * After a move between two roles, one more role offered as the other end ("or would data architect make more
 * sense"): the move's start, with the end it led to and the one named, side by side.
 */
function anotherEndWeighed(r: ThreadReading): WeighedMoves | undefined {
  const { context, kb, e } = r;
  if (context?.intent !== "gap" || context.roles.length !== 2 || !orWeighed.test(r.text)) return undefined;
  const [named] = e.roles;
  if (!named || e.roles.length !== 1 || r.jobsNamed !== 1 || e.from || (e.to && e.to !== named))
    return undefined;
  const [endId, startId] = context.roles;
  if (named.id === endId || named.id === startId) return undefined;
  const from = startId ? kb.roleById.get(startId) : undefined;
  const end = endId ? kb.roleById.get(endId) : undefined;
  return from && end ? { from, targets: [end, named] } : undefined;
}

/**
 * The options from one start, compared: the thread's moves weighed against each other; by pay where that is
 * what is asked of them.
 */
export const movesWeighed: ThreadRule = (r) =>
  weighedMoves(r) ? asked(whichPays.test(r.text) ? "payCompare" : "compare") : undefined;
