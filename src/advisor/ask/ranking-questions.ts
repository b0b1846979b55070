/** Rankings of roles ("fastest growing jobs"), and rankings by what no source measures. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Understanding } from "../../understanding/understanding.js";
import type { Answer } from "../answers.js";
import { itRoles } from "../it-roles.js";
import { rankingAnswer } from "../ranking.js";
import { unmeasuredAnswer, unmeasuredNoted } from "../unmeasured.js";
import { placeAsked } from "./question-reading.js";

/**
 * A ranking asked for. Rankings are of national figures only; a place asked for is said to be left out, not
 * silently dropped. The IT field's future is its own roles': data and ML roles growing fast say nothing of
 * IT support's.
 */
export function rankingAsked(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (!u.ranking) return undefined;
  const itGrowth = u.ranking.itField && u.ranking.metric === "growth";
  const ranked = rankingAnswer(kb, u.ranking, itGrowth ? { field: "IT", roles: itRoles(kb) } : undefined);
  const place = placeAsked(kb, u);
  const noted = unmeasuredNoted(ranked, u.unmeasured);
  return place
    ? {
        ...noted,
        notes: [`National figures: rankings are not by place, so ${place} is not used.`, ...noted.notes],
      }
    : noted;
}

/** "which tech job has the best work-life balance": a ranking by what no source measures, said so. */
export function unmeasuredAsked(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  return u.unmeasured ? unmeasuredAnswer(kb, u, u.unmeasured) : undefined;
}
