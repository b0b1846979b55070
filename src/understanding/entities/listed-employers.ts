/*
 * What an employer is, as the companies list (language/companies.yaml) names them, and whether words name
 * one whole. The list holds three sorts: employers with a name of their own ("netflix", "jp morgan"),
 * employers whose names are everyday words ("target"), and kinds of employer ("startups", "faang"), which are
 * no one employer and have no figures. The rest answer other questions than whether words name a listed
 * employer whole: a listed one misspelt or in a job link's address (`employer-spellings.ts`); and employers
 * the list does not name, read by where the words put them, as the payer a pay question names
 * (`unlisted-employers.ts`), as a government named by the place it serves (`government-employers.ts`), and
 * by the message's capitals and punctuation (`employers-placed.ts`). `employers-read.ts` reads them all.
 */
import { tokenize } from "../../knowledge/core/text.js";
import { type Match, Vocabulary } from "../../knowledge/core/vocabulary.js";
import { builtInLanguage, type Company } from "../intent/language.js";
import type { EntityReading } from "../names/entity-reading.js";

/** One employer with a name of its own: no kind of employer, no everyday word. */
const ownNamed = (c: Company) => !c.kind && !c.ordinary;

/** Every name people type for one entry: its own and its aliases. */
const namesOf = (c: Company) => [c.name, ...c.aliases];

/** Names that stand for the entries: each name and alias for how the app writes the entry's name. */
const vocabularyOf = (companies: readonly Company[]) =>
  new Vocabulary<string>(companies.flatMap((c) => namesOf(c).map((n) => [n, c.name] as [string, string])));

/**
 * The question reader's vocabularies of the list: employers with a name of their own, read wherever they
 * stand; employers whose names are everyday words, read only where the words put an employer
 * (`employer-frames.ts`: "data analyst salary at target"); kinds of employer.
 */
export const listedEmployerVocabularies = (companies: readonly Company[]) => ({
  employers: vocabularyOf(companies.filter(ownNamed)),
  ordinaryEmployers: vocabularyOf(companies.filter((c) => !c.kind && c.ordinary)),
  companyKinds: vocabularyOf(companies.filter((c) => c.kind)),
});

/**
 * The listed employers whose whole name the question's words hold, as the question reader compares names:
 * in word forms, so a plural or a possessive counts ("apple's"). Of every word, whatever another entity took
 * (`employersRead` reads only the words still open, so that a role's name keeps its own words).
 */
export const employerNamesAmong = (r: EntityReading): Match<string>[] =>
  r.v.employers.findAll(r.tokens, undefined, false);

/** The names of the employers with a name of their own, as words with a space either side. */
let spacedNames: string[] | undefined;

/**
 * Whether the words hold a listed employer's whole name (one with a name of its own), word for word. The
 * command grammar asks it of the words where the salary command's place goes, to hand the command to the
 * question reader, which reads the employer. It compares words as typed, not in word forms as
 * `employerNamesAmong` does: "salary for product manager in apples" stays the grammar's, with "apples" as
 * its place (reading word forms here would hand that command to the question reader instead).
 */
export function employerNamedWordForWord(words: readonly string[]): boolean {
  spacedNames ??= builtInLanguage()
    .companies.filter(ownNamed)
    .flatMap(namesOf)
    .map((n) => ` ${tokenize(n).join(" ")} `);
  const said = ` ${words.join(" ")} `;
  return spacedNames.some((n) => n.trim() !== "" && said.includes(n));
}
