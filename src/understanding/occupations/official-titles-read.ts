/*
 * Occupations by the official layer's titles (O*NET's alternate and reported titles among them) or SOC
 * code: first an occupation's own title of several words, which wins over a shorter name inside it; later
 * any title among the words nothing else claimed.
 */
import pluralize from "pluralize";
import { tokenize } from "../../knowledge/core/text.js";
import { roleThatIs } from "../../knowledge/role-that-is.js";
import type { RoleNames } from "../names/covered-roles-read.js";
import { anyTaken, type EntityReading, listedTitle, officialOccupation } from "../names/entity-reading.js";
import {
  genericTitleWords,
  particles,
  personalWords,
  questionWords,
  socCodeIn,
  titleEnding,
} from "../words/entity-words.js";

/** Words before a title that make its "is" a noun ("an IS tech"), not the verb a question opens on. */
const beforeNoun: ReadonlySet<string> = new Set(["a", "an", "the", "my", "our", "as"]);

/**
 * "is tech hiring", "is tech support worth it": O*NET's "IS Tech" (information systems) is no title where
 * "is" is the verb the question asks with; only after a word a noun follows ("an IS tech") is it one.
 */
const opensOnVerb = (tokens: readonly string[], m: { start: number }): boolean =>
  tokens[m.start] === "is" && !beforeNoun.has(tokens[m.start - 1] ?? "");

/**
 * An occupation's own official title wins over a shorter covered role name or listed occupation inside it
 * ("computer programmer" is BLS's Computer Programmers, not the Software Engineer alias "programmer").
 */
export function ownOfficialTitlesRead(r: EntityReading, { exactRoles }: RoleNames): void {
  const { kb, tokens, official } = r;
  const officialFirst = official?.titles
    .findAll(tokens, () => false)
    .filter((m) => m.own && m.distance === 0 && m.end - m.start > 1);
  for (const m of officialFirst ?? []) {
    // "is it tech heavy", "is it admin work": O*NET's "IT Tech" and "IT Admin" are no title where "it" is
    // the pronoun (nor below, among the words left).
    if (anyTaken(r, m) || r.leansOnPronoun(m) || opensOnVerb(tokens, m)) continue;
    const overlapping = exactRoles.filter((x) => x.start < m.end && m.start < x.end);
    if (overlapping.some((x) => x.end - x.start >= m.end - m.start)) continue;
    const soc = m.socs[0] ?? "";
    const same = m.socs.length === 1 ? roleThatIs(kb, soc) : undefined;
    if (same) {
      r.addRole(same, { start: m.start, end: m.end });
      continue;
    }
    r.addUncovered(
      {
        occupation: officialOccupation(kb, soc),
        typed: tokens.slice(m.start, m.end).join(" "),
        official: m.socs,
      },
      m.start,
    );
    r.claim(m, "xrole");
  }
}

/**
 * Which words of a title may be read with a slip: none in the intent examples (typos off), and never a
 * question word, an everyday word or a word of the knowledge's own text.
 */
export const fixableTitleWord =
  ({ kb, v, typos }: EntityReading) =>
  (w: string) =>
    typos && !questionWords.has(w) && !v.commonWords.has(w) && !kb.index.words.has(w);

/**
 * Occupations by their official titles or SOC code among the words no covered role, level, place or
 * company claimed.
 */
export function officialTitlesRead(r: EntityReading): void {
  const { kb, v, tokens, official } = r;
  if (!official) return;
  const code = socCodeIn(r.open());
  if (code && official.bySoc.has(code.soc)) {
    r.addUncovered(
      { occupation: officialOccupation(kb, code.soc), typed: code.soc, official: [code.soc] },
      code.start,
    );
    r.claim(code, "xrole");
  }
  for (const m of official.titles.findAll(r.open(), fixableTitleWord(r))) {
    const words = tokens.slice(m.start, m.end);
    if (words.some((w) => w === "") || r.leansOnPronoun(m) || opensOnVerb(tokens, m)) continue;
    // "loss control specialist": a word typed before the title that begins titles with the title's first
    // word ("Loss Control Consultant", "Loss Control Surveyor") narrows it to that line of work, a title O*NET
    // does not list as typed. It is read whole as one of the few occupations those titles fall under, asked
    // back which, never the shorter title's ("Control Specialist": valve repairers, air traffic controllers).
    // (A title of several words only: a lone word's own kinds are read by the rules below and later steps,
    // "tractor trailer" a truck driver's.)
    if (words.length > 1 && lineOfWorkBefore(r, m.start, words)) continue;
    // A title of several words ends in a word for a person or a job ("stock clerk", "registered nurse"),
    // never in a particle: "pick up" in "which one's easier to pick up" is no job.
    if (words.length > 1 && particles.has(words[words.length - 1] ?? "")) continue;
    // A misspelt title is read as the same title spelt right would be: "project manger" is the listed
    // Project Manager, not the Architectural and Engineering Managers O*NET also lists that title under;
    // "nurse practioner" is the occupation whose own title it is, as "nurse practitioner" is.
    const listed = m.distance > 0 && words.length > 1 && !m.own ? listedTitle(v, m.phrase) : undefined;
    if (listed) {
      r.addUncovered({ occupation: listed, typed: m.phrase }, m.start);
      r.claim(m, "xrole");
      continue;
    }
    if (words.length === 1) {
      // A lone word names a job only when spelt right, heading several titles, and no ordinary word
      // of career questions ("models" in "deploying models", "cats" in a haiku).
      const w = words[0] ?? "";
      // Nor a word of two letters, which O*NET's abbreviations make too many of ("co" in "a big co"), nor a
      // pronoun one of them spells ("his tc": O*NET's HIS is a Hearing Instrument Specialist).
      if (
        m.distance > 0 ||
        w.length <= 2 ||
        personalWords.has(w) ||
        !official.titles.isTitleHead(w) ||
        genericTitleWords.has(w) ||
        r.looseJob(m) ||
        // "a matatu conductor": a word no list, knowledge or title knows typed before the lone title makes
        // a longer title of its own, which is not this one (Railroad Conductors); it is read whole as typed.
        unknownBefore(r, m.start) ||
        questionWords.has(w) ||
        v.commonWords.has(w) ||
        (kb.index.words.has(w) && !titleEnding.test(w))
      )
        continue;
    }
    // A title that plainly names none of the occupations O*NET lists it under is another job of the same
    // name: "growth hacker", listed under Forest and Conservation Workers, is no reading of the tech job.
    if (!m.socs.some((s) => official.titles.readsAs(m.phrase, s))) continue;
    const soc = m.socs[0] ?? "";
    if (narrowedElsewhere(r, m, soc)) continue;
    const same = m.socs.length === 1 ? roleThatIs(kb, soc) : undefined;
    if (same) {
      r.addRole(same, { start: m.start, end: m.end });
      r.titledRoles.push({ role: same, typed: words.join(" "), soc });
    } else {
      r.addUncovered(
        { occupation: officialOccupation(kb, soc), typed: words.join(" "), official: m.socs },
        m.start,
      );
      r.claim(m, "xrole");
    }
  }
}

/**
 * "IT trainer": "trainer" alone is O*NET's Animal Trainers, the same job narrowed to another line of work
 * than the field in front narrows it to. Such a title is left to be read whole, with the field, as a job no
 * list knows. "IT recruiter" (Human Resources Specialists, whose name narrows nothing) stays read.
 */
function narrowedElsewhere(r: EntityReading, m: { start: number; end: number }, soc: string): boolean {
  const before = m.start - 1;
  if (!r.itField.has(before) || r.taken[before]) return false;
  const name = tokenize(r.kb.official?.bySoc.get(soc)?.title ?? "").map((w) => pluralize.singular(w));
  const head = pluralize.singular(r.tokens[m.end - 1] ?? "");
  const typed = new Set(r.tokens.slice(m.start, m.end));
  return name.includes(head) && name.some((w) => !typed.has(w) && w !== head);
}

/** Whether the word before `start` is one of letters that no list, the knowledge or a title knows. */
function unknownBefore(r: EntityReading, start: number): boolean {
  const w = r.tokens[start - 1] ?? "";
  return (
    start > 0 &&
    !r.taken[start - 1] &&
    /^[a-z]{4,}$/.test(w) &&
    !r.v.knownWord(w) &&
    !r.v.commonWords.has(w) &&
    !r.kb.index.words.has(w) &&
    r.official?.titles.hasWord(w) !== true
  );
}

/** The most occupations a line of work's titles may fall under and still be asked back (the question back's five). */
const mostLineOccupations = 5;

/**
 * Reads the word before a title (`start`) with it where the two begin other titles of a few occupations
 * ("loss control" + "specialist"): the job typed whole stands for those occupations. True where it did.
 * Looked up only for a word some title uses, that no other entity took and no question or everyday word is.
 */
function lineOfWorkBefore(r: EntityReading, start: number, words: readonly string[]): boolean {
  const { kb, official, tokens } = r;
  const w = tokens[start - 1] ?? "";
  const [first] = words;
  if (
    start === 0 ||
    r.taken[start - 1] ||
    !first ||
    !/^[a-z]{3,}$/.test(w) ||
    !official?.titles.hasWord(w) ||
    official.titles.isTitleHead(w) ||
    questionWords.has(w) ||
    personalWords.has(w) ||
    r.v.commonWords.has(w)
  )
    return false;
  const socs = official.titles.socsBeginning(`${w} ${first}`);
  if (socs.length === 0 || socs.length > mostLineOccupations) return false;
  const span = { start: start - 1, end: start + words.length };
  const [soc = ""] = socs;
  const role = socs.length === 1 ? roleThatIs(kb, soc) : undefined;
  if (role) r.addRole(role, span);
  else
    r.addUncovered(
      { occupation: officialOccupation(kb, soc), typed: [w, ...words].join(" "), official: socs },
      span.start,
    );
  r.claim(span, "xrole");
  return true;
}
