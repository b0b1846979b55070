/*
 * A misspelt job title of one word ("electrcian", "acountant"), read where the question has a place for a
 * job: the one one-word title of the occupations list or head of official titles it is a slip from.
 */
import { slipDistance, stem, typoAllowance } from "../../knowledge/core/text.js";
import { singular } from "../../official/titles.js";
import { type EntityReading, listedTitle, officialOccupation } from "../names/entity-reading.js";
import type { EntityVocabularies } from "../names/entity-vocabularies.js";
import { comparers } from "../words/contrast-words.js";
import { genericTitleWords, jobLeads, payAfterJob, questionWords } from "../words/entity-words.js";

/**
 * Where a misspelt word may be a job's name: before a word of pay where a job can stand ("plumbr salary",
 * "how much does a plumbr make"), or on one side of "vs"/"or"/"than" when the other side names a job
 * ("acountant or data analyst"). Anywhere else a word one letter from a job is more often another word
 * ("water", "former", "broken").
 */
function jobSlot(tokens: readonly string[], i: number, namesAJob: boolean): boolean {
  const before = tokens[i - 1] ?? "";
  const after = tokens[i + 1] ?? "";
  if (payAfterJob.has(after) && (i === 0 || jobLeads.has(before) || comparers.has(before))) return true;
  return namesAJob && (comparers.has(before) || comparers.has(after));
}

/**
 * The job title of one word a misspelt word stands for: the closest one-word title of the occupations list
 * or head of official titles ("electrician", "nurse"), one only, not the same word in another form
 * ("compiled" is no misspelt "compiler"), and beginning and ending as the word does.
 */
function correctJobWord(
  v: EntityVocabularies,
  official: EntityReading["official"],
  word: string,
): string | undefined {
  const allowance = Math.min(2, typoAllowance(word.length));
  if (allowance === 0) return undefined;
  const heads = official?.titles;
  const fromOfficial = heads?.correct(
    singular(word),
    (c) => heads.isTitleHead(c) && heads.isKnownName(c) && !genericTitleWords.has(c),
  );
  const distance = (t: string) => slipDistance(word, t, allowance);
  const listed = v.oneWordTitles.filter((t) => distance(t) <= allowance);
  const found = [...new Set([...(fromOfficial ? [fromOfficial] : []), ...listed])].filter(
    (t) => distance(t) <= allowance,
  );
  const best = Math.min(...found.map(distance));
  const closest = found.filter((t) => distance(t) === best);
  const [fixed] = closest;
  if (closest.length !== 1 || !fixed || stem(fixed) === stem(word)) return undefined;
  // A slip of the keys leaves a word's first and last letters; another English word mostly changes one of
  // them ("fixed" salary is no "fixer", "curse" no "nurse", "broken" no "broker").
  return fixed[0] === word[0] && fixed.at(-1) === singular(word).at(-1) ? fixed : undefined;
}

/** Reads each misspelt one-word job title among the words left, as the occupation it names. */
export function misspeltJobWordsRead(r: EntityReading): void {
  const { kb, v, tokens, typos, taken, official, rolesFound, occupations } = r;
  if (!typos) return;
  tokens.forEach((w, i) => {
    if (taken[i] || w.length < 5 || questionWords.has(w) || v.commonWords.has(w) || v.knownWord(w)) return;
    if (!jobSlot(tokens, i, rolesFound.length + occupations.length > 0)) return;
    const fixed = correctJobWord(v, official, w);
    if (!fixed) return;
    const listed = listedTitle(v, fixed);
    const socs = listed ? [] : (official?.titles.lookup(fixed) ?? []);
    if (!listed && socs.length === 0) return;
    r.addUncovered(
      listed
        ? { occupation: listed, typed: fixed }
        : { occupation: officialOccupation(kb, socs[0] ?? ""), typed: fixed, official: socs },
      i,
    );
    r.claim({ start: i, end: i + 1 }, "xrole");
  });
}
