import type { KnowledgeBase } from "../../knowledge/base.js";
import { itRoles } from "../../knowledge/it-roles.js";
import type { RankingRequest } from "../../understanding/intent/ranking-request.js";
import type { RankingAnswer } from "../answers.js";
import { rankingAnswer } from "../outlook/ranking.js";
import { uniqueCitations } from "../parts/answer-parts.js";

/*
 * A ranking asked of "IT" the field, never of every occupation ("average IT salary in the us" is not a
 * surgeon's). It ranks IT's own roles (support, administration, security) by whatever is asked: data and ML
 * roles paying or growing well say nothing of IT's jobs. Since many people use "IT" in its broad sense, the
 * whole tech industry (in India and Europe most of all), a pay ranking also names the best paid of every
 * curated role, so that neither reading is left unanswered.
 */

/**
 * The best paid curated roles in the broad sense of "IT", each with its figure ("Engineering Manager
 * ($175,140)"), and those figures' sources: the top rows of the ranking of every curated role.
 */
function broadTop(kb: KnowledgeBase, shown: number) {
  // The best paid, whatever bounds the question set on IT's own ("lowest paying", "over 100k").
  const top = rankingAnswer(kb, { metric: "pay", all: false }).rows.slice(0, shown);
  if (top.length === 0) return undefined;
  return {
    text: top.map((row) => `${row.role?.name ?? row.name} (${row.figure.value})`).join(", "),
    citations: top.map((row) => row.figure.citation),
  };
}

/**
 * A ranking of "IT" the field: its own roles, by growth or by pay; for pay, the broad sense (the whole tech
 * industry) said in a note with its best paid roles. A word narrowing the list ("IT security jobs") or a
 * ranking IT support tops (no degree) ranks every curated role as asked.
 */
export function itRankingAnswer(kb: KnowledgeBase, request: RankingRequest): RankingAnswer {
  const it = itRoles(kb);
  const scoped: RankingRequest = { ...request, all: false };
  if (request.metric === "growth" || request.metric === "openings")
    return rankingAnswer(kb, scoped, { field: "IT", roles: it });
  if (request.metric !== "pay" || request.filter) return rankingAnswer(kb, scoped);
  const ranked = rankingAnswer(kb, scoped, { field: "IT", roles: it });
  const top = broadTop(kb, 3);
  if (!top) return ranked;
  const broad = `Read in its broad sense, the whole tech industry, as many people use “IT”, the best paid roles I know are ${top.text}. Ask “best paid tech jobs” for that ranking.`;
  return {
    ...ranked,
    notes: [broad, ...ranked.notes],
    citations: uniqueCitations([...ranked.citations, ...top.citations]),
  };
}

/**
 * "is IT still a good field to get into": the field's growth, with the usual way in (IT support) and what
 * its sources say it takes to start, so that the question of getting in is answered too.
 */
export function withWayIn(kb: KnowledgeBase, answer: RankingAnswer): RankingAnswer {
  const entry = itRoles(kb)[0];
  if (!entry) return answer;
  const start = entry.gettingStarted[0];
  const wayIn = `The usual way into IT is ${entry.name}${start ? `: ${start.charAt(0).toLowerCase()}${start.slice(1)}` : "."}`;
  return { ...answer, notes: [wayIn, ...answer.notes] };
}
