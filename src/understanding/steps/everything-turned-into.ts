/*
 * "has everything turned into prompt engineering", "is it all devops now", "is everything becoming ai": a
 * trend asked of the whole field, the job named being what it is said to turn into, not a job asked about.
 * Read so, a job the knowledge does not cover was declined ("I don't cover Prompt Engineers yet") as if its
 * figures had been asked.
 */
import type { Understanding } from "../shape/understanding.js";

/**
 * The whole of the work said to turn into something: "everything has turned into", "is it all … now",
 * "is every job becoming".
 */
const turnedInto =
  /\b(?:has|have|is|did|does)\s+(?:everything|every ?thing|every job|all jobs|all the jobs|the whole (?:field|industry))\s+(?:turn(?:ed)?\s+into|turning\s+into|become|becoming|gone)\b|\b(?:everything|every job)\s+(?:has\s+|is\s+|s\s+)?(?:turned|turning)\s+into\b|\bis\s+it\s+all\s+(?:just\s+)?\w+(?:\s+\w+)?\s+now\b/i;

/**
 * The question read as the trend of the field where what everything turns into is a job the knowledge does
 * not cover (its trends, the knowledge's own, follow), or the outlook of the one role it names.
 */
export function everythingTurnedIntoRead(u: Understanding): Understanding {
  if (!turnedInto.test(u.text) || u.inherited.includes("intent")) return u;
  // "which tools do ml people use, is it all `pytorch` now": a tool said to be all there is asks the tools.
  if (u.intent === "tools" || u.intent === "skills") return u;
  const e = u.entities;
  if (e.roles.length === 1 && e.uncovered.length === 0 && !e.unknownTitle)
    return { ...u, intent: "outlook", confidence: 1 };
  if (e.roles.length > 0 || e.uncovered.length + (e.unknownTitle ? 1 : 0) !== 1) return u;
  const { unknownTitle: _title, ...rest } = e;
  return { ...u, intent: "trend", confidence: 1, entities: { ...rest, uncovered: [] } };
}
