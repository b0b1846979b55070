import { comparers } from "../words/contrast-words.js";
import { fromMarkers, markerBefore, toMarkers } from "../words/entity-words.js";
import { askedAsJobToGet } from "../words/job-to-get.js";

/**
 * Where "IT" the field stands in a move or a comparison: where the move starts ("from IT to devops", "i work
 * in IT", "IT to data analytics"), where it leads ("nurse to IT", "switching to IT from retail"), or one side
 * set against another ("IT vs cyber", "is IT or data engineering better paid").
 */
export type ItSide = "from" | "to" | "against";

/** Words of going into a field, its name before them: "a good field to get into", "worth switching into". */
const intoVerbs = new Set([
  "get",
  "getting",
  "break",
  "breaking",
  "switch",
  "switching",
  "move",
  "moving",
  "go",
  "going",
]);

/** Past forms of going into a field: "got into IT", "broke into IT", "went into IT". */
const enteredAlready = new Set(["got", "went", "broke", "moved", "switched", "transitioned", "pivoted"]);

/** Words that may follow a way in whose field came before it: "get into at 35", "get into now", "get into?". */
const afterInto = new Set([
  "at",
  "as",
  "now",
  "rn",
  "tho",
  "though",
  "anymore",
  "still",
  "later",
  "these",
  "this",
  "in",
  "with",
  "if",
  "when",
  "or",
]);

/**
 * "is IT a good field to get into", "IT worth switching into at 40": the field named, then within a few
 * words a way in ("get into") that takes no object of its own, so the field is where it leads.
 */
function gotIntoAfter(tokens: readonly string[], at: number): boolean {
  for (let i = at + 2; i <= at + 7 && i < tokens.length; i++) {
    if (tokens[i] !== "into" || !intoVerbs.has(tokens[i - 1] ?? "")) continue;
    const next = tokens[i + 1];
    return next === undefined || afterInto.has(next);
  }
  return false;
}

/** The side of a move or comparison the field stands on at `at` among the question's words, if any. */
function sideAt(tokens: readonly string[], at: number): ItSide | undefined {
  const words = [...tokens];
  if (comparers.has(tokens[at - 1] ?? "") || comparers.has(tokens[at + 1] ?? "")) return "against";
  if (markerBefore(words, at, fromMarkers)) return "from";
  // "i got into IT after my a+", "went into IT last year": the field entered already is where the asker is,
  // no move to it (a question after, "is it a good field to get into", asks of the field).
  if (tokens[at - 1] === "into" && enteredAlready.has(tokens[at - 2] ?? "")) return undefined;
  // "retail store manager … what IT job can i get": a job in the field asked for as one to take.
  if (markerBefore(words, at, toMarkers) || askedAsJobToGet(tokens, at, at + 1)) return "to";
  // "is IT a good field to get into at 35?": the field, then a way in that ends its clause, leads there.
  if (gotIntoAfter(tokens, at)) return "to";
  // "get into the building's facilities IT side": the field's side of a workplace, the workplace named in
  // front, is where the move leads, as "into IT" is (the words between qualify the side, no filler).
  if (tokens[at + 1] === "side" && tokens.slice(Math.max(0, at - 5), at).includes("into")) return "to";
  // "IT to devops worth it": the field named first, and where the move leads right after it.
  if (toMarkers.has(tokens[at + 1] ?? "")) return "from";
  return undefined;
}

/**
 * The side the field stands on, and where, read where it is left on its own (`fieldLeft`: its positions
 * not part of a role's name); the first such position with a side decides.
 */
export function itSideOf(
  tokens: readonly string[],
  fieldLeft: Iterable<number>,
): { side: ItSide; at: number } | undefined {
  for (const at of fieldLeft) {
    const side = sideAt(tokens, at);
    if (side) return { side, at };
  }
  return undefined;
}

/** "go from IT to this", "from IT to that": a move from the field to what the thread is about. */
export const toThreadSubject = (tokens: readonly string[]) =>
  tokens.some((t, i) => t === "to" && ["this", "that", "there"].includes(tokens[i + 1] ?? ""));
