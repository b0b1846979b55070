/*
 * Place abbreviations that are everyday words as well: "ma" is a mother, "mass" a great number ("mass
 * layoffs"), "la" a note, "in", "me", "or", "ok", "hi" words of any sentence. Such a word names a place
 * only where something says it is one: a place's word before it ("in ma", "from la", "sf vs la", "and
 * la?"), a place right before it ("boston, ma", "cambridge ma"), a place's noun after it ("the la area"),
 * or a word of pay beside it ("data analyst salary ma", "ma salary for an sre").
 */
import type { Vocabulary } from "../../knowledge/core/vocabulary.js";
import { payAfterJob } from "./entity-words.js";
import { beforePlace, placeNouns } from "./loose-words.js";

/** Two-letter state codes and short names that are English words, or a common word's form ("mass"). */
const everydayWords: ReadonlySet<string> = new Set(
  "ma mass la in me or oh ok hi pa de co al va id".split(" "),
);

/**
 * Place abbreviations that are a workplace's noun as well: "dc", retail's and logistics' distribution
 * center. After a word that says whose or which one ("poaching from our DC", "9 yrs at a DC") it is the
 * workplace, never Washington, DC, which had carried its "no figures" line into every pay answer after.
 * Anywhere else ("pay in dc", "dc data analyst salary") it stays a place.
 */
const workplaceWords: ReadonlySet<string> = new Set(["dc"]);
const whoseWords: ReadonlySet<string> = new Set("our my your their his her a an one".split(" "));

/**
 * "I work at a Walmart DC", "at the amazon dc": one word, the employer, between "a"/"the" and the workplace's
 * noun (otherwise: read as Washington, DC, whose "no figures" line led the answer).
 */
const ownerBefore = (tokens: readonly string[], at: number) =>
  (whoseWords.has(tokens[at - 2] ?? "") || tokens[at - 2] === "the") &&
  /^[a-z]{3,}$/.test(tokens[at - 1] ?? "");

/** Words before a place in a follow-up that sets it beside the last one: "and la?", "what about ma". */
const besideLast: ReadonlySet<string> = new Set(["and", "about"]);

/**
 * Whether the place read from tokens start to end is an everyday word with nothing to say it is a place.
 * `places`: the vocabularies of places, for a place named right before it.
 */
export function everydayWordAsPlace(
  tokens: readonly string[],
  m: { start: number; end: number },
  places: readonly Pick<Vocabulary<unknown>, "findAll">[],
): boolean {
  if (m.end - m.start !== 1) return false;
  if (workplaceWords.has(tokens[m.start] ?? ""))
    return whoseWords.has(tokens[m.start - 1] ?? "") || ownerBefore(tokens, m.start);
  if (!everydayWords.has(tokens[m.start] ?? "")) return false;
  const lead = tokens[m.start - 1] === "the" ? m.start - 1 : m.start;
  const before = tokens[lead - 1] ?? "";
  const after = tokens[m.end] ?? "";
  if (beforePlace.has(before) || besideLast.has(before) || placeNouns.has(after)) return false;
  if (payAfterJob.has(before) || payAfterJob.has(after)) return false;
  const head = tokens.slice(0, m.start);
  return !places.some((v) => v.findAll(head, undefined, false).some((p) => p.end === m.start));
}
