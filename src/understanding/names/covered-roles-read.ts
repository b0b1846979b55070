/*
 * Covered roles by their names: spelt out from short forms ("product mgr"), as typed, and within a typo
 * allowance among the words no occupation took; names that could mean several roles are kept apart.
 */
import pluralize from "pluralize";
import type { Role } from "../../knowledge/core/schema.js";
import { isShortForm, spellShortForms, stem, tokenize } from "../../knowledge/core/text.js";
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
import { judgesCandidatesAt } from "../words/hiring-words.js";
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
    if (r.leansOnPronoun(m) || anotherTitleAsTyped(r, m)) continue;
    // "do hiring managers mostly ignore them": the people who hire, judging, name no manager asked about.
    if (judgesCandidatesAt(tokens, m.end)) continue;
    const found = m.entries.map((id) => kb.roleById.get(id)).filter((x): x is Role => x !== undefined);
    if (found.length === 1) r.addRole(found[0] as Role, m);
    if (found.length > 1) ambiguous.push({ typed: tokens.slice(m.start, m.end).join(" "), options: found });
    r.claim(m, "xrole");
  }
  return ambiguous;
}

/**
 * "building engineer salary": a role's name met only through the stems ("build engineer", DevOps: "building"
 * is no form of "build" a person means) where the words as typed are, exactly, a title O*NET lists (Building
 * Engineer, under Civil Engineers and Maintenance and Repair Workers) is that other job: the role is left for
 * the official title to be read. A name typed as the role's, in the plural ("build engineers"), with a short
 * form ("full stack dev") or with a slip stays the role's.
 */
function anotherTitleAsTyped(r: EntityReading, m: Match<string>): boolean {
  const { kb, tokens, official } = r;
  if (!official || m.end - m.start < 2) return false;
  const typed = tokens.slice(m.start, m.end);
  // Each of the role's names against the words typed: the same word (or its plural), or only the same stem.
  const names = m.entries.flatMap((id) => {
    const role = kb.roleById.get(id);
    return [role?.name ?? "", ...(role?.aliases ?? [])]
      .map((n) => tokenize(n))
      .filter((w) => w.length === typed.length);
  });
  const same = (words: string[], k: number) =>
    pluralize.singular(typed[k] ?? "") === pluralize.singular(words[k] ?? "");
  const stemmed = (words: string[], k: number) =>
    !isShortForm(typed[k] ?? "") && stem(typed[k] ?? "") === stem(words[k] ?? "");
  if (names.some((words) => words.every((_, k) => same(words, k)))) return false;
  const stemOnly = names.some((words) => words.every((_, k) => same(words, k) || stemmed(words, k)));
  if (!stemOnly) return false;
  return official.titles
    .findAll(typed, () => false)
    .some((t) => t.start === 0 && t.end === typed.length && t.distance === 0);
}
