/*
 * An occupation the person said they hold ("im a nurse", "teacher here"), kept while the thread names no
 * role, so that a role weighed next ("what about sysadmin?") is where a move from it leads, as it is in one
 * message ("im a nurse, what about data analyst?"). Without it, "im a teacher" then "what about
 * sysadmin?" gave a System Administrator's duties, not the move from teaching.
 */
import { escapeRegExp } from "../../knowledge/core/text.js";
import { saysSideActivity } from "../text/side-activity.js";
import { heldNowSaid, spellUnits, takingOnJob, wantingTo } from "../words/entity-words.js";

/** How long a job has been held, said right after it: "10 yrs", "6 years", "18 months". */
const spellSaid = `\\d+ ?(?:${[...spellUnits].join("|")})`;

/**
 * What the person is doing now, said right after the job a message opens on and a comma: "accountant,
 * thinking data analyst vs systems analyst", "retail manager, learning to code at night" (a verb in -ing, not a
 * noun that ends so: "nurse, anything better?").
 */
const doingNow = String.raw`(?!(?:any|some|no|every)?thing\b|morning\b|evening\b)[a-z]{2,}ing\b`;

/**
 * The same typed without the comma ("accountant thinking data analyst vs systems analyst"): only verbs a
 * person says of themselves, since a word in -ing right after a title may be part of it ("teacher training").
 */
const doingNowUnmarked = String.raw`(?:thinking|learning|looking|considering|trying|wanting|hoping|planning|studying|wondering|debating|leaning|going|switching|moving|making|working|getting)\b`;

/**
 * Whether the text says the person is the occupation typed: "im a nurse", "i work as a teacher", "nurse
 * here", "been a mechanic for 10 yrs" (otherwise: a held job said by its years was not kept, so "wanna become
 * a network admin" next gave the way in, not the move), "hs math teacher 10 yrs." opening the message
 * (otherwise "the first one" next gave the option's pay alone, not the move from teaching), "spent 6 years as
 * a nurse", "after 8 yrs of nursing" (the spell spent in it before it; not one still to come, "in 5 years").
 */
export function saysHeld(text: string, typed: string): boolean {
  const name = escapeRegExp(typed.toLowerCase());
  const held = new RegExp(
    `\\b(?:i'?m|i am|(?:i'?ve |i have )?been|work(?:ed|ing)? as|currently)(?: an?)? ${name}\\b|^(?:an? )?${name},? (?:${heldNowSaid}|${spellSaid})\\b|(?<!\\b(?:in|within|next|another) )\\b${spellSaid} (?:of|in|as(?: an?)?) ${name}\\b`,
    "i",
  );
  const said = held.exec(text.trim());
  // "im a teacher on weekends": a job done beside a living is not the one held.
  return said !== null && !saysSideActivity(text.trim().slice(said.index + said[0].length));
}

/**
 * Whether the message opens on the occupation typed and then what the person is doing now ("accountant,
 * thinking data analyst vs systems analyst", "retail manager learning to code at night"): the job told as
 * who asks, before options weighed. Kept apart from `saysHeld`, whose readings of a thread ("nurse looking
 * at tech jobs", then "which would be easiest") stay as they were.
 */
export function opensOnJobHeld(text: string, typed: string): boolean {
  const name = escapeRegExp(typed.toLowerCase());
  return new RegExp(`^(?:an? )?${name}(?:, ${doingNow}| ${doingNowUnmarked})`, "i").test(text.trim());
}

/** Openings of a follow-up that weighs a job next: "what about sysadmin?", "and data analyst?", "how about cloud". */
const weighsNext = /^(?:what about|how about|and|or|maybe|thinking about|thinking of|considering)\b/i;

/**
 * Openings of a follow-up that says it is the job to become: "wanna become a network admin, realistic?",
 * "could i get into devops" (otherwise: after "been a mechanic for 10 yrs", a title of several occupations
 * asked back, that gave the way in, not the move); "could she become a qa tester instead" after "my wife is a
 * teacher": the one whose job the thread holds, said of by another.
 */
const becomesNext = new RegExp(
  String.raw`^(?:(?:but|so|ok|okay)\s+)?(?:i\s+)?(?:${wantingTo}|(?:could|can|should|would) (?:i|she|he|they))\s+(?:really\s+|realistically\s+)?${takingOnJob}\b`,
  "i",
);

/**
 * The follow-up said as the person would in one message, with the occupation they hold before it ("im a
 * nurse, what about data analyst?"), where it opens as a job weighed next; else undefined. One that says
 * the job to become is said so only where the thread keeps no one occupation's figures (`occupationKept`),
 * whose own rules read a move from it.
 */
export function withHeldOccupation(
  text: string,
  held: string | undefined,
  occupationKept = false,
): string | undefined {
  const opens = weighsNext.test(text.trim()) || (!occupationKept && becomesNext.test(text.trim()));
  return held && opens ? heldSaidFirst(held, text) : undefined;
}

/** A follow-up said with the occupation held before it, as one message: "im a nurse, what about data analyst?". */
export const heldSaidFirst = (held: string, text: string) => `im a ${held}, ${text}`;
