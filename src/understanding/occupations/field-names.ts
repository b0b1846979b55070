/**
 * A field's name as the occupation of its people ("sales", "marketing", "hr": `fields` in
 * `language/occupations.yaml`). Such a word is as often the field talked about ("is ml used in marketing",
 * "ai for hr") as the job someone holds or wants, so it is read as the occupation only as a side of a move:
 * after a word that marks one ("from sales", "into hr", "im in marketing", "i work in hr", "leaving IT for
 * sales", "out of hr"), right beside a role named ("sales -> pm", the arrow gone from the words), or opening
 * a message about it alone or about a move ("sales to data analyst?", "hr salary").
 */

import { titleForm } from "../text/title-form.js";
import {
  fromMarkers,
  heldByDoing,
  heldOverSpell,
  leftFor,
  markerBefore,
  toMarkers,
} from "../words/entity-words.js";
import { jobNounWords } from "../words/job-nouns.js";
import { payNouns, payWords } from "../words/topic-words.js";

type Span = { start: number; end: number };

/** Words of working, which mark the job held only when the asker says it of themselves ("i work in hr"). */
const workWords: ReadonlySet<string> = new Set(["work", "working", "worked"]);

/**
 * Words before a side of a move. Working ("do data scientists work in marketing") is a role's field of
 * work, not the asker's job, unless "i" says it; "for" only after leaving ("leaving IT for sales"), not
 * "is sql useful for marketing".
 */
const sideMarkers: ReadonlySet<string> = new Set(
  [...fromMarkers, ...toMarkers].filter((w) => !workWords.has(w)),
);

/** "been on customer support", "im on sales": words before "on" that say a field is the job held. */
const onHeld: ReadonlySet<string> = new Set(["been", "im", "was", "ive"]);

/** "i work in marketing", "im working in sales": the job held. */
function workedInBySelf(tokens: readonly string[], start: number): boolean {
  const i = tokens.slice(Math.max(0, start - 3), start).findIndex((t) => workWords.has(t));
  if (i < 0) return false;
  const at = Math.max(0, start - 3) + i;
  return ["i", "im", "ive"].includes(tokens[at - 1] ?? "") || ["i", "im"].includes(tokens[at - 2] ?? "");
}

/**
 * The field opening the message is a side where the message is about it alone ("hr salary", "sales?") or
 * goes on to a move ("sales to data analyst?"), not where it qualifies what follows ("marketing analytics
 * skills").
 */
function opensAsSide(tokens: readonly string[], m: Span): boolean {
  const next = tokens[m.end];
  return next === undefined || payWords.has(next) || tokens.slice(m.end).some((t) => toMarkers.has(t));
}

/** Whether words start to end, a field's name, stand as a side of a move. */
export function fieldAsSide(tokens: readonly string[], m: Span, roles: readonly Span[]): boolean {
  const beforeRole = roles.some((x) => x.start === m.end && !headlineOfRole(tokens, x.end));
  if (m.start === 0) return opensAsSide(tokens, m) || beforeRole;
  // "spent 6 years in sales": said after the spell spent in it, the field is the job held.
  if (
    markerBefore(tokens, m.start, sideMarkers) ||
    leftFor(tokens, m.start) ||
    heldOverSpell(tokens, m.start)
  )
    return true;
  if (workedInBySelf(tokens, m.start) || heldByDoing(tokens, m.start)) return true;
  // "been on customer support 3 yrs", "im on sales": on a field, said of oneself, is the job held.
  if (tokens[m.start - 1] === "on" && onHeld.has(tokens[m.start - 2] ?? "")) return true;
  // "out of hr": "of" alone is no marker ("the future of marketing").
  if (tokens[m.start - 1] === "of" && tokens[m.start - 2] === "out") return true;
  return beforeRole || roles.some((x) => x.end === m.start);
}

/** Nouns that end a job board's headline of one job: "retail data analyst salary", "… jobs". */
const headlineEnds: ReadonlySet<string> = new Set([
  ...payNouns.filter((w) => !w.includes(" ")),
  ...jobNounWords,
]);

/**
 * "retail data analyst salary", "healthcare data analyst jobs": a field's name right before a role whose pay
 * or jobs end the message is the line of business the role is in, as a job board's headline puts it, not a
 * second job (otherwise: Retail Salespersons set against Data Analyst). Right before a role and nothing
 * after, it is a side ("hr -> data analyst", the arrow gone from the words).
 */
const headlineOfRole = (tokens: readonly string[], end: number): boolean =>
  headlineEnds.has(tokens[end] ?? "") && end === tokens.length - 1;

/** Whether the words start to end are one of the fields' names, compared as singulars as titles are. */
export function namesField(fields: readonly string[], tokens: readonly string[], m: Span): boolean {
  const typed = tokens.slice(m.start, m.end).map(titleForm).join(" ");
  return fields.some((f) => f.split(" ").map(titleForm).join(" ") === typed);
}

/** Nouns for the people who work in a field: "retail sales workers", "hr staff", "marketing folks". */
const fieldPeople: ReadonlySet<string> = new Set(
  "worker workers employee employees staff staffer staffers people folks ppl".split(" "),
);

/**
 * Whether a field's name is followed by a noun for its people ("what do retail sales workers make"): those
 * people are the field's occupation, wherever it stands (before: the field was read as a topic, and the job
 * declined as not covered).
 */
export const fieldPeopleNamed = (tokens: readonly string[], m: Span): boolean =>
  fieldPeople.has(tokens[m.end] ?? "");
