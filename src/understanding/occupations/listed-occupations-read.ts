/*
 * Occupations the knowledge does not cover, by the occupations list's titles: as typed or spelt out from
 * short forms where no covered role's name at least as long overlaps them, and later misspelt titles of
 * several words among the words left.
 */
import { editDistance, isShortForm, typoAllowance } from "../../knowledge/core/text.js";
import { notInMisspeltName, type RoleNames } from "../names/covered-roles-read.js";
import { anyTaken, type EntityReading } from "../names/entity-reading.js";
import { comparers } from "../words/contrast-words.js";
import { fieldAsSide, fieldPeopleNamed, namesField } from "./field-names.js";
import { fixableTitleWord } from "./official-titles-read.js";
import { inLongerTitle, wholeTitles } from "./whole-titles.js";

/**
 * A covered role's name wins over an occupation title inside it ("big data cloud engineer" is not a "cloud
 * engineer"): an occupation counts only where no exact role name at least as long overlaps it.
 */
export function listedOccupationsRead(r: EntityReading, { spelt, exactRoles }: RoleNames): void {
  const { v, tokens, official, occupations } = r;
  const listedOccupations = [
    ...v.occupations.findAll(tokens, undefined, false),
    ...v.occupations
      .findAll(spelt, undefined, false)
      .filter((m) => tokens.slice(m.start, m.end).some(isShortForm)),
  ];
  const readWhole = [...wholeTitles(official, tokens), ...misspeltLongTitles(r)].filter(
    (t) => !r.leansOnPronoun(t),
  );
  for (const m of listedOccupations) {
    if (r.leansOnPronoun(m) || inLongerTitle(m, readWhole) || r.looseJob(m) || workplaceNamed(tokens, m))
      continue;
    const occupation = m.entries[0];
    if (anyTaken(r, m)) continue;
    const inside = exactRoles.some(
      (x) => x.start < m.end && m.start < x.end && x.end - x.start >= m.end - m.start,
    );
    if (!occupation || inside) continue;
    if (
      namesField(occupation.fields ?? [], tokens, m) &&
      !fieldAsSide(tokens, m, exactRoles) &&
      !fieldPeopleNamed(tokens, m)
    )
      continue;
    // Two names of one listed occupation are one side ("ex-army (11B infantry)"), read where first named,
    // unless set against each other ("it director vs it manager").
    const typed = tokens.slice(m.start, m.end).join(" ");
    const sameSide = occupations.find(
      (o) =>
        o.entry.occupation === occupation && !tokens.slice(o.start, m.start).some((t) => comparers.has(t)),
    );
    // "is teaching a good fallback? what do high school teachers make": the side said in more words later is
    // the one meant; the one word first ("teaching") is several occupations, the later title one of them.
    if (sameSide && sameSide.entry.typed.split(" ").length === 1 && m.end - m.start > 1)
      sameSide.entry = { ...sameSide.entry, typed };
    if (!sameSide) r.addUncovered({ occupation, typed }, m.start);
    r.claim(m, "xrole");
  }
}

/** Words of working somewhere: "work at a pharmacy", "a cashier at the pharmacy", "a shift at a pharmacy". */
const workedAt: ReadonlySet<string> = new Set(
  "work works worked working job jobs employed shift shifts cashier clerk intern interning volunteer volunteering".split(
    " ",
  ),
);

/**
 * "i work at a pharmacy as a cashier", "a cashier at the pharmacy": a field's one-word name ("pharmacy",
 * "nursing") said as where one works is the place, not the job held there, which the message names or not.
 * "in" is left alone: "worked in the army" is the army's job, "work in a pharmacy" may be the pharmacist's.
 */
function workplaceNamed(tokens: readonly string[], m: { start: number; end: number }): boolean {
  if (m.end - m.start !== 1) return false;
  let at = m.start - 1;
  while (["a", "an", "the", "my", "our", "local", "this", "that"].includes(tokens[at] ?? "")) at--;
  if (at === m.start - 1) return false;
  return tokens[at] === "at" && workedAt.has(tokens[at - 1] ?? "");
}

/**
 * Titles of several words typed with a slip ("nurse practioner"): an occupation's own official title, or a
 * listed title word for word. A shorter title spelt right inside one ("nurse") gives way to it, as a role's
 * shorter name does to a longer one misspelt; the steps that read misspelt titles then read it.
 */
function misspeltLongTitles(r: EntityReading): { start: number; end: number }[] {
  const { v, tokens, official, typos } = r;
  if (!typos) return [];
  const own = (official?.titles.findAll(tokens, fixableTitleWord(r)) ?? []).filter((m) => m.own);
  const listed = v.occupations
    .findAll(tokens, notInMisspeltName(r), true)
    .filter(
      (m) =>
        m.entries.length === 1 &&
        (m.entries[0]?.titles ?? []).some((t) => wordForWord(tokens.slice(m.start, m.end).join(" "), t)),
    );
  return [...own, ...listed].filter((m) => m.distance > 0 && m.end - m.start > 1);
}

/**
 * A listed occupation's title of several words misspelt ("anlytics engineer"), among the words no role
 * claimed: each word within its own allowance, as the roles' names are read.
 */
export function misspeltListedTitlesRead(r: EntityReading): void {
  const { v, tokens, typos } = r;
  if (!typos) return;
  for (const m of v.occupations.findAll(r.open(), notInMisspeltName(r), true)) {
    const occupation = m.entries[0];
    if (m.distance === 0 || m.end - m.start < 2 || m.entries.length !== 1 || !occupation) continue;
    if (r.leansOnPronoun(m) || anyTaken(r, m)) continue;
    const typed = tokens.slice(m.start, m.end).join(" ");
    const [title] = [...occupation.titles].sort((a, b) => editDistance(typed, a) - editDistance(typed, b));
    if (!wordForWord(typed, title ?? "")) continue;
    r.addUncovered({ occupation, typed: title ?? typed }, m.start);
    r.claim(m, "xrole");
  }
}

/**
 * Whether words typed are a title's words, each within its own typo allowance. The search compares whole
 * runs, spaces and all, and finds "hospitalist" two letters from "at a hospital. it's", "data entry" near
 * "i love data": no title was typed there.
 */
function wordForWord(typed: string, title: string): boolean {
  const words = typed.split(" ");
  const titleWords = title.split(" ");
  return (
    words.length === titleWords.length &&
    words.every(
      (w, i) => editDistance(w, titleWords[i] ?? "", typoAllowance(w.length)) <= typoAllowance(w.length),
    )
  );
}
