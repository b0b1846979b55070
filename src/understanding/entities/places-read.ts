/*
 * The places a question names: one with pay figures, or one without (said so in the answer), and a second
 * one with figures for a move between two ("moving from nyc to austin").
 */

import type { Place } from "../intent/language.js";
import type { EntityReading } from "../names/entity-reading.js";
import { besideWords } from "../words/contrast-words.js";
import { questionWords } from "../words/entity-words.js";

export interface PlacesNamed {
  place?: string;
  otherPlace?: string;
  unlistedPlace?: Place;
  unlistedAgainst?: PlaceAgainst;
}

/** A place without figures set against one with some ("ml salary sf vs denver"), and whether it came first. */
export interface PlaceAgainst {
  place: Place;
  first: boolean;
}

/** The words that set two places against each other: "sf vs denver", "sf or denver", "denver compared to sf". */
const placesJoined: ReadonlySet<string> = new Set([...besideWords, "to"]);

/**
 * A place the knowledge has no figures for is read too, so the answer can say so: where its name is longer
 * than a known one inside it ("washington dc" is not Washington State), it wins.
 */
export function placesRead(r: EntityReading): PlacesNamed {
  const { kb, v, taken, typos } = r;
  const unlisted = v.unlistedPlaces
    .findAll(r.open(), (w) => questionWords.has(w), false)
    // A place abroad is said to have no figures wherever it stands ("maths teacher (UK, 8 yrs)").
    .find((m) => m.entries.length === 1 && (m.entries[0]?.abroad || !r.loosePlace(m)));
  const knownPlace = kb.places
    .findAll(r.open(), (w) => questionWords.has(w), typos)
    .find((x) => x.entries.length === 1 && !r.loosePlace(x));
  const unlistedWins =
    unlisted !== undefined &&
    (!knownPlace ||
      (unlisted.start <= knownPlace.start &&
        unlisted.end >= knownPlace.end &&
        unlisted.end - unlisted.start > knownPlace.end - knownPlace.start));
  const unlistedPlace = unlistedWins ? unlisted.entries[0] : undefined;
  let place: string | undefined;
  if (unlisted && unlistedPlace) {
    // Taken, so it is no job title, but left as typed for the classifier: a place with no figures must
    // not make "are ml jobs growing in europe" read as a pay question. Its first word only, so a name of
    // several words counts as one, as a name the knowledge has does: "city" in "kansas city" is no ranking
    // of cities, and "how much in los angeles" is as short a follow-up as "how much in denver".
    for (let i = unlisted.start; i < unlisted.end; i++) {
      taken[i] = true;
      if (i > unlisted.start) r.masked[i] = "";
    }
    place = unlistedPlace.within ? kb.places.lookup(unlistedPlace.within)?.entries[0] : undefined;
  } else if (knownPlace) {
    r.claim(knownPlace, "xplace");
    place = knownPlace.entries[0];
  }
  // "moving from nyc to austin": a second place with figures, for pay set side by side in the two.
  const secondPlace = knownPlace
    ? kb.places
        .findAll(r.open(), (w) => questionWords.has(w), typos)
        .find((x) => x.entries.length === 1 && !r.loosePlace(x) && x.entries[0] !== place)
    : undefined;
  if (place && secondPlace) r.claim(secondPlace, "xplace");
  const otherPlace = place ? secondPlace?.entries[0] : undefined;
  // "ml salary sf vs denver": the place without figures is the other side, not dropped for the one with.
  const against =
    knownPlace && unlisted && !unlistedPlace && !otherPlace
      ? placeSetAgainst(r.tokens, knownPlace, unlisted)
      : undefined;
  return { place, otherPlace, unlistedPlace, ...(against ? { unlistedAgainst: against } : {}) };
}

/** The place without figures, where only a word that sets them against each other stands between the two. */
function placeSetAgainst(
  tokens: readonly string[],
  known: { start: number; end: number },
  unlisted: { start: number; end: number; entries: readonly Place[] },
): PlaceAgainst | undefined {
  const place = unlisted.entries[0];
  const first = unlisted.end <= known.start;
  const between = first ? tokens.slice(unlisted.end, known.start) : tokens.slice(known.end, unlisted.start);
  if (!place || (!first && unlisted.start < known.end)) return undefined;
  const joined = between.length > 0 && between.length <= 2 && between.some((w) => placesJoined.has(w));
  return joined && between.every((w) => placesJoined.has(w) || w === "in") ? { place, first } : undefined;
}
