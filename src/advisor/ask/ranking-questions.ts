/** Rankings of roles ("fastest growing jobs"), and rankings by what no source measures. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { type Citation, cite, figureLine } from "../../knowledge/core/figure-text.js";
import type { RankingRequest } from "../../understanding/intent/ranking-request.js";
import { asksFieldWorthEntering } from "../../understanding/it/field-asks.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { Answer, RankingAnswer } from "../answers.js";
import { itRankingAnswer, withWayIn } from "../it/it-ranking.js";
import { clarify } from "../occupations/scope.js";
import { liveMarketNoted, rankingAnswer, threatNoted } from "../outlook/ranking.js";
import { unmeasuredAnswer, unmeasuredNoted } from "../outlook/unmeasured.js";
import { possessive } from "../parts/answer-parts.js";
import { placeAsked } from "./question-reading.js";

/**
 * A ranking asked for. Rankings are of national figures only; a place asked for is said to be left out, not
 * silently dropped. A ranking of "IT" the field is its own (`it-ranking.ts`).
 */
export function rankingAsked(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (!u.ranking) return undefined;
  // "IT" the field: its own roles' growth and pay (the broad sense's best paid in a note), never every occupation.
  const ranked = u.ranking.itField ? itRankingAnswer(kb, u.ranking) : rankingAnswer(kb, u.ranking);
  const nothing = nothingNamedBy(ranked, u.ranking);
  if (nothing) return nothing;
  // "is IT still a good field to get into": where it is going, and how one gets in.
  const entering = u.ranking.itField && asksFieldWorthEntering(u.text) ? withWayIn(kb, ranked) : ranked;
  const place = placeAsked(kb, u);
  const noted = employerNoted(
    threatNoted(
      liveMarketNoted(unmeasuredNoted(entering, u.unmeasured), u.text, u.ranking.itField),
      u.text,
      u.ranking.itField,
    ),
    u.company,
  );
  if (!place) return noted;
  const held = u.ranking.metric === "pay" ? placeFiguresHeld(kb, noted, u.entities.place) : [];
  const national = `National figures: rankings are not by place, so ${place} is not used${held.length > 0 ? `; what the sources give for ${place} for a role ranked is below` : ""}.`;
  return {
    ...noted,
    notes: [national, ...held.map((h) => h.line), ...noted.notes],
    citations: [...noted.citations, ...held.map((h) => h.citation)],
  };
}

/**
 * "banking jobs pay", "consulting jobs salary": where the word before "jobs" names no role and no official
 * occupation, there is nothing to rank; said so, and which job asked back, never an empty list. (A bound of
 * pay that none clears, "jobs paying over 500k", is an answer of its own: none do.)
 */
function nothingNamedBy(ranked: RankingAnswer, request: RankingRequest): Answer | undefined {
  const bounded = request.payOver !== undefined || request.payUnder !== undefined;
  if (ranked.rows.length > 0 || !ranked.filter || bounded) return undefined;
  return clarify(
    `No role I know and no occupation in the official figures is named by “${ranked.filter}”, so there is nothing to rank. Which job do you mean? Name it in your question (any occupation, tech or not).`,
    [],
  );
}

/**
 * "ml jobs in seattle pay": a pay ranking cannot be by place, but where the knowledge holds a figure for the
 * place asked for a role ranked (Machine Learning Engineer's Seattle average), it is shown beside, with its
 * source, rather than left out as if there were none.
 */
function placeFiguresHeld(
  kb: KnowledgeBase,
  ranked: Answer,
  placeId: string | undefined,
): { line: string; citation: Citation }[] {
  if (ranked.kind !== "ranking" || !placeId) return [];
  return ranked.rows.flatMap((row) => {
    const role = row.role ? kb.roleById.get(row.role.id) : undefined;
    const f = role?.salary?.locations.find((l) => l.location === placeId)?.figure;
    return role && f
      ? [
          {
            line: `${role.name}, ${figureLine(kb.sources, f)}.`,
            citation: cite(kb.sources, f.source, f.asOf),
          },
        ]
      : [];
  });
}

/**
 * "what does cisco pay for networking": a field's roles ranked with an employer named. A ranking is of
 * general figures only, so the answer says first that none are that employer's (before: the ranking as if it
 * were Cisco's pay).
 */
function employerNoted(answer: RankingAnswer, company: string | undefined): RankingAnswer {
  if (!company) return answer;
  const lead = `No figures for ${company}: rankings use no employer's pay, so the figures below are general, not ${possessive(company)}.`;
  return { ...answer, lead: answer.lead ? `${lead} ${answer.lead}` : lead };
}

/** "which tech job has the best work-life balance": a ranking by what no source measures, said so. */
export function unmeasuredAsked(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  return u.unmeasured ? unmeasuredAnswer(kb, u, u.unmeasured) : undefined;
}
