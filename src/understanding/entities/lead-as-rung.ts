/*
 * "and lead?", "what about lead" after "senior sre salary": "lead" alone in a follow-up is a rung of the
 * thread's role, the lead level, where no role of the knowledge is the thread's role with "lead" before its
 * name. Where one is ("and lead" after a Machine Learning Engineer's pay: Lead Machine Learning Engineer),
 * `nameCompleted` reads it first, and this reading is never asked. "lead" alone is otherwise a curated
 * role's first word, so language/levels.yaml names only "lead level" as a rank.
 */
import { questionWords } from "../words/entity-words.js";
import { type Entities, namedJobs } from "./entities.js";

/** The words a fragment may say besides "lead": "and lead then?", "what about lead too". */
const besideLead = new Set([...questionWords, "then", "too", "also", "instead"]);

/** Words right before "lead" that make it a verb: "can it lead", "does that lead", "could this lead". */
const leadVerbBefore = new Set([
  "it",
  "that",
  "this",
  "they",
  "can",
  "could",
  "does",
  "do",
  "will",
  "would",
  "might",
]);

/**
 * Where "lead" stands in a fragment whose only word of its own it is, naming nothing else, so that it is
 * spelt out there as the lead level ("and lead level"); undefined otherwise.
 */
export function leadAsRungAt(tokens: readonly string[], e: Entities): number | undefined {
  if (namedJobs(e) > 0 || e.ambiguous.length > 0 || e.level || e.place || e.company || e.skillKind)
    return undefined;
  const at = tokens.findIndex((t) => t === "lead" || t === "leads");
  // "where can it lead", "what does that lead to": the verb, of where a job goes next, not the rung.
  if (at >= 0 && (leadVerbBefore.has(tokens[at - 1] ?? "") || tokens[at + 1] === "to")) return undefined;
  return at >= 0 && tokens.every((t, i) => i === at || besideLead.has(t)) ? at : undefined;
}
