/**
 * "data analyst pay in a hcol city", "swe salary lcol": pay asked by a band of the cost of living, which no
 * figure the knowledge holds is split by. Said first, so the figures below are not read as that band's.
 */
import type { Understanding } from "../../understanding/shape/understanding.js";
import { costOfLivingBand } from "../../understanding/words/cost-of-living.js";
import type { Answer } from "../answers.js";
import { saidFirst } from "./said-first.js";

const noBand =
  "No figures by cost of living: the knowledge base has no pay figures split by cost-of-living band (HCOL, MCOL, LCOL), so the figures below are not any one band's.";

/** A pay answer with the line that no figures are held by cost-of-living band, where the question names one. */
export function costOfLivingSaid(answer: Answer, u: Understanding): Answer {
  if (!costOfLivingBand.test(u.text)) return answer;
  if (answer.kind === "answer") return { ...answer, headline: `${noBand} ${answer.headline ?? ""}`.trim() };
  if (answer.kind === "pay-weighed") return { ...answer, lead: [noBand, ...answer.lead] };
  return saidFirst(answer, noBand);
}
