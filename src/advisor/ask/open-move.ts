/**
 * A move from the job held with no end named, weighed on pay or outlook ("IT support here … what's the best
 * paid role i could realistically move into?", "my sysadmin job is being outsourced. what's a safer role to
 * move into? something with good outlook"): the roles the held one's sources list as where to go next,
 * ranked by pay or growth with the held role among them to set each against; never the held role's own card.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { payIntents } from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer } from "../answers.js";
import { rankingAnswer } from "../outlook/ranking.js";
import { relatedRolesOf } from "../parts/answer-parts.js";

/** "a role i could move into", "what should i switch to", "a safer job to go into": a move's end left open. */
const openEndAsked =
  /\b(?:role|roles|job|jobs|position|career|field|something)\b[^.?!]*?\b(?:move|moving|switch|switching|go|going|transition|pivot|get)\s+(?:in)?to\b/i;

/** Words of the outlook ("safer", "good outlook", "future-proof"): the options ranked by growth. */
const outlookAsked = /\b(?:outlook|safer|safe|secure|stable|growing|growth|future|demand|in demand)\b/i;

export function openMoveRanked(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const [held] = u.roles;
  const opensMove = u.roles.length === 1 && !u.to && u.threadRoles.length === 0 && openEndAsked.test(u.text);
  if (!held || !opensMove) return undefined;
  const metric = outlookAsked.test(u.text) ? "growth" : payIntents.has(u.intent) ? "pay" : undefined;
  const options = relatedRolesOf(kb, held);
  if (!metric || options.length === 0) return undefined;
  const ranked = rankingAnswer(kb, { metric, all: false }, { field: "", roles: [held, ...options] });
  const { field: _field, ...rest } = ranked;
  const [, ...notes] = ranked.notes;
  return {
    ...rest,
    notes: [
      `Ranked: ${held.name}, the job you hold, and the roles its sources list as where to go next from it, each by the official figure of the occupation BLS counts it in. Several roles share one occupation, so they share its figure.`,
      ...notes,
    ],
  };
}
