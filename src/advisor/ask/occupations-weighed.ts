import type { KnowledgeBase } from "../../knowledge/base.js";
import { payIntents } from "../../understanding/intent/intents.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { marketGrowthAsked, schoolingAsked, weighsSides } from "../../understanding/thread-rules/words.js";
import { asksOpenings, payAsked } from "../../understanding/words/topic-words.js";
import type { Answer } from "../answers.js";
import { occupationsSideBySide, type WeighedTopic } from "./occupations-side-by-side.js";
import { contrastAsked, namesNoJob } from "./question-reading.js";

/**
 * What a question weighing occupations asks of them, by its words first (the classifier reads "and which
 * needs more schooling" as anything), else by its reading; undefined for anything the official figures
 * do not weigh ("which one is more fun").
 */
function topicWeighed(u: Understanding): WeighedTopic | undefined {
  if (asksOpenings(u.text)) return "openings";
  if (schoolingAsked.test(u.text) || u.intent === "education") return "schooling";
  if (payAsked.test(u.text) || payIntents.has(u.intent)) return "pay";
  return u.intent === "outlook" || marketGrowthAsked(u.text) ? "growth" : undefined;
}

/**
 * "which one has more openings per yr" after "i work in a warehouse" and "what about truck driving";
 * "which needs more schooling", "which pays more" after truck drivers were asked back as heavy or light
 * ones: a question naming no job that weighs the official occupations the thread has in view sets them
 * side by side on what it asks, never one of them alone nor the question back again.
 */
export function occupationsWeighed(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  const socs = u.occupationsInThread ?? [];
  const weighs = weighsSides(u.text) || contrastAsked.test(u.text);
  if (socs.length < 2 || u.threadRoles.length > 0 || !weighs || !namesNoJob(u)) return undefined;
  const topic = topicWeighed(u);
  // "which pays more" after "plumbers" then "vs electricians?": the occupation's answer says already which
  // of the two earns more and grows faster, beside its own figures; openings and schooling it does not weigh.
  const besideAnswered = u.besideOccupation !== undefined && (topic === "pay" || topic === "growth");
  const occupations = socs.map((soc) => kb.official?.bySoc.get(soc)).filter((o) => o !== undefined);
  if (!topic || besideAnswered || occupations.length < socs.length) return undefined;
  return occupationsSideBySide(kb, u.text, topic, occupations);
}
