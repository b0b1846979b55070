import { isGuess } from "../shape/understanding.js";
import { everydayAsked } from "../words/everyday-subjects.js";
import type { ThreadRule } from "./decision.js";

/**
 * "whats a good lunch for a 10hr shift", "what should i eat before a night shift", "any good movies for after
 * work": an everyday thing asked about, with no job, employer, field, level or pay named, is off topic where
 * the classifier only guessed at a career question (led by a word of work beside it: "shift", "hr"), not a
 * question back of what was meant. "night shift nurse pay", "do nurses get a lunch break" name a job, and
 * "how is ml used in weather forecasting" is read surely as a question of the field: each is read as asked.
 */
export const everydaySubject: ThreadRule = (r) =>
  (r.c.intent === "offTopic" || isGuess(r.c)) &&
  r.jobsNamed === 0 &&
  !r.asksPay &&
  !r.pick &&
  !r.e.company &&
  r.e.employers.length === 0 &&
  r.e.ambiguous.length === 0 &&
  !r.e.itField &&
  !r.e.level &&
  !r.e.skillKind &&
  everydayAsked(r.text)
    ? "offTopic"
    : undefined;
