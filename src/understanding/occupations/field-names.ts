/**
 * A field's name as the occupation of its people ("sales", "marketing", "hr": `fields` in
 * `language/occupations.yaml`). Such a word is as often the field talked about ("is ml used in marketing",
 * "ai for hr") as the job someone holds or wants, so it is read as the occupation only as a side of a move:
 * after a word that marks one ("from sales", "into hr", "im in marketing", "leaving IT for sales", "out of
 * hr"), right beside a role named ("sales -> pm", the arrow gone from the words), or opening the message
 * ("sales to data analyst?", "hr salary").
 */

import { titleForm } from "../text/title-form.js";
import { fromMarkers, markerBefore, toMarkers } from "../words/entity-words.js";

type Span = { start: number; end: number };

/** Words before a side of a move: its markers, and "for" after leaving ("leaving IT for sales"). */
const sideMarkers: ReadonlySet<string> = new Set([...fromMarkers, ...toMarkers, "for"]);

/** Whether words start to end, a field's name, stand as a side of a move. */
export function fieldAsSide(tokens: readonly string[], m: Span, roles: readonly Span[]): boolean {
  if (m.start === 0 || markerBefore(tokens, m.start, sideMarkers)) return true;
  // "out of hr": "of" alone is no marker ("the future of marketing").
  if (tokens[m.start - 1] === "of" && tokens[m.start - 2] === "out") return true;
  return roles.some((x) => x.start === m.end || x.end === m.start);
}

/** Whether the words start to end are one of the fields' names, compared as singulars as titles are. */
export function namesField(fields: readonly string[], tokens: readonly string[], m: Span): boolean {
  const typed = tokens.slice(m.start, m.end).map(titleForm).join(" ");
  return fields.some((f) => f.split(" ").map(titleForm).join(" ") === typed);
}
