import { isGuess } from "../shape/understanding.js";
import { everydayAsked, homeOrGearAsked } from "../words/everyday-subjects.js";
import type { ThreadRule } from "./decision.js";
import type { ThreadReading } from "./reading.js";

/**
 * Whether the question names nothing of a career: no job, employer, field, skill kind, nor pay. A level may
 * stand in it as the asker's own stage ("for a new grad").
 */
const nothingOfCareerNamed = (r: ThreadReading): boolean =>
  r.jobsNamed === 0 &&
  !r.asksPay &&
  !r.pick &&
  !r.e.company &&
  r.e.employers.length === 0 &&
  r.e.ambiguous.length === 0 &&
  !r.e.itField &&
  !r.e.skillKind;

/**
 * "whats a good lunch for a 10hr shift", "what should i eat before a night shift", "any good movies for after
 * work": an everyday thing asked about, with no job, employer, field, level or pay named, is off topic where
 * the classifier only guessed at a career question (led by a word of work beside it: "shift", "hr"), not a
 * question back of what was meant. "night shift nurse pay", "do nurses get a lunch break" name a job, and
 * "how is ml used in weather forecasting" is read surely as a question of the field: each is read as asked.
 */
export const everydaySubject: ThreadRule = (r) =>
  (r.c.intent === "offTopic" || isGuess(r.c)) &&
  nothingOfCareerNamed(r) &&
  !r.e.level &&
  everydayAsked(r.text)
    ? "offTopic"
    : undefined;

/**
 * "best neighborhoods to live in seattle", "whats rent like in denver vs seattle", "best mechanical keyboard
 * for on-call nights": where to live or what to buy, with nothing of a career named, is off topic however
 * surely a place or a word of work led the classifier to pay or duties. "swe pay vs rent in sf" names a job
 * and pay, and is read as asked.
 */
export const homeOrGearSubject: ThreadRule = (r) =>
  nothingOfCareerNamed(r) && homeOrGearAsked(r.text) ? "offTopic" : undefined;
