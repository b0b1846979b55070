/*
 * "a recruiter told me im underpaid as a devops engineer", "am i underpaid", "my manager said im overpaid as
 * a data analyst lol": one's own pay judged too low or too high asks what the job pays, to set it against.
 * The classifier knows no example of it, and "told me" leans it to a role's duties (as in "tell me about"),
 * so the question's words, not the classifier's guess, read it: as pay, of the one job named, or asked back
 * which job where none is.
 */
import { namedJobs } from "../entities/entities.js";
import type { Intent } from "../intent/intents.js";
import { isGuess, type Understanding } from "../shape/understanding.js";
import { asksOwnPayJudged } from "../words/question-asks.js";

/** Readings that say nothing the words of pay judged do not: the classifier's fallbacks. */
const fallbacks: ReadonlySet<Intent> = new Set<Intent>(["offTopic", "greeting", "help"]);

/** Pay judged of one's own, in a question of at most one job and no move, read as a question of its pay. */
export function ownPayJudgedRead(u: Understanding): Understanding {
  if (!asksOwnPayJudged(u.text) || u.from || u.to || namedJobs(u.entities) > 1) return u;
  if (!fallbacks.has(u.intent) && !isGuess(u)) return u;
  return { ...u, intent: "salary", confidence: 1 };
}
