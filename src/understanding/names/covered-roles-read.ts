/*
 * Covered roles by their names: spelt out from short forms ("product mgr"), as typed, and within a typo
 * allowance among the words no occupation took; names that could mean several roles are kept apart.
 */
import type { Role } from "../../knowledge/core/schema.js";
import { isShortForm, spellShortForms, stem } from "../../knowledge/core/text.js";
import type { Match } from "../../knowledge/core/vocabulary.js";
import {
  fromMarkers,
  moveWords,
  questionWords,
  wholeJobAsked,
  wholeMoveEnd,
  wholeMoveStart,
  wholeSide,
} from "../words/entity-words.js";
import { type AmbiguousName, anyTaken, type EntityReading } from "./entity-reading.js";

/** The covered roles' names as typed and as spelt out from short forms, before anything is taken. */
export interface RoleNames {
  /** The tokens with short forms spelt out ("mgr" → "manager"). */
  spelt: string[];
  /** Role names read only once spelt out. */
  shortFormRoles: Match<string>[];
  /** Every role name found exactly, as typed or spelt out. */
  exactRoles: Match<string>[];
}

/**
 * A role's name typed with a short form ("product mgr", "eng mgr") is found spelt out: where the name has
 * several words, or a lone short form is all of one side of a comparison ("qa vs dev vs devops") or all of
 * where a move leads ("qa to dev"), or all of the job asked about ("how much do devs make"). Not in the intent examples (typos off), whose words as typed are what
 * the classifier learnt from.
 */
export function roleNamesOf({ kb, tokens, typos }: EntityReading): RoleNames {
  const spelt = spellShortForms(tokens);
  const wholeName = (at: number) =>
    wholeSide(tokens, at) ||
    wholeMoveEnd(tokens, at) ||
    wholeMoveStart(tokens, at) ||
    wholeJobAsked(tokens, at);
  const shortFormRoles = (typos ? kb.roleNames.findAll(spelt, undefined, false) : []).filter(
    (m) => tokens.slice(m.start, m.end).some(isShortForm) && (m.end - m.start > 1 || wholeName(m.start)),
  );
  const exactRoles = [...kb.roleNames.findAll(tokens, undefined, false), ...shortFormRoles];
  return { spelt, shortFormRoles, exactRoles };
}

/**
 * Words never read as part of a misspelt name. "it" the field may begin a misspelt role name ("it
 * suport"); "it" the pronoun may not. Nor does a word of moving ("leave mle for pm" is no "lead mle").
 */
export const notInMisspeltName =
  ({ v, itField }: EntityReading) =>
  (w: string, at: number) =>
    w === "" ||
    (questionWords.has(w) && !itField.has(at)) ||
    v.commonWords.has(w) ||
    v.skillWords.has(stem(w)) ||
    moveWords.has(w) ||
    fromMarkers.has(w);

/**
 * Whether a match of one word lies inside a place's name of several words, found as typed: "des" in "des
 * moines" is no plural of "de" (data engineer), though roles are read before places.
 */
function inPlaceName({ kb, v, tokens }: EntityReading): (m: { start: number; end: number }) => boolean {
  const names = [
    ...v.unlistedPlaces.findAll(tokens, undefined, false),
    ...kb.places.findAll(tokens, undefined, false),
  ].filter((p) => p.end - p.start > 1);
  return (m) => m.end - m.start === 1 && names.some((p) => p.start <= m.start && m.end <= p.end);
}

/** Reads the covered roles among the open words; returns the names that could mean several. */
export function coveredRolesRead(r: EntityReading, { shortFormRoles }: RoleNames): AmbiguousName[] {
  const { kb, tokens, typos } = r;
  const ambiguous: AmbiguousName[] = [];
  const inPlace = inPlaceName(r);
  const byShortForm = shortFormRoles.filter((m) => !anyTaken(r, m));
  const rest = r.open().map((t, i) => (byShortForm.some((m) => m.start <= i && i < m.end) ? "" : t));
  const roleMatches = [...byShortForm, ...kb.roleNames.findAll(rest, notInMisspeltName(r), typos)]
    .filter((m) => !inPlace(m))
    .sort((a, b) => a.start - b.start);
  for (const m of roleMatches) {
    if (r.leansOnPronoun(m)) continue;
    const found = m.entries.map((id) => kb.roleById.get(id)).filter((x): x is Role => x !== undefined);
    if (found.length === 1) r.addRole(found[0] as Role, m);
    if (found.length > 1) ambiguous.push({ typed: tokens.slice(m.start, m.end).join(" "), options: found });
    r.claim(m, "xrole");
  }
  return ambiguous;
}
