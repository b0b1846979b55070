import type { Vocabulary } from "../../knowledge/core/vocabulary.js";
import type { Occupation, Place, SkillKind, UnlistedLevel } from "../intent/language.js";

/** The vocabularies entity extraction needs beyond the knowledge's own (roles, levels, places, companies). */
export interface EntityVocabularies {
  occupations: Vocabulary<Occupation>;
  skillKinds: Vocabulary<SkillKind>;
  /** Ordinary words of questions ("salary", "learn"): never read as a misspelt role name. */
  commonWords: ReadonlySet<string>;
  /**
   * The stems of the words of the kinds of skill ("programming", "language"), none a word of a role's name:
   * never read as a misspelt role name ("programming" is one letter from the Software Engineer alias
   * "programmer" in stems; "programing" too).
   */
  skillWords: ReadonlySet<string>;
  /** Employers people name, with or without figures in the knowledge ("netflix" → "Netflix"). */
  employers: Vocabulary<string>;
  /** Employers whose names are everyday words ("target"), read only right after "at". */
  ordinaryEmployers: Vocabulary<string>;
  /** Kinds of employer people name in pay questions ("startups", "faang"), which have no figures of their own. */
  companyKinds: Vocabulary<string>;
  /**
   * Lines of business people ask pay "in" that are no English word and no knowledge's ("saas", "crypto"),
   * from `language/sectors.yaml`: never read as a place the lists do not name.
   */
  sectorWords: ReadonlySet<string>;
  /** Places the knowledge has no pay figures for ("denver" → Denver). */
  unlistedPlaces: Vocabulary<Place>;
  /** Levels the knowledge has no pay figures for ("intern" → interns, nearest entry level). */
  unlistedLevels: Vocabulary<UnlistedLevel>;
  /** Words the knowledge itself uses ("python", "banking"): never an unknown job title. */
  knownWord: (word: string) => boolean;
  /** The occupations list's titles of one word ("nurse", "plumber"), for a misspelt one. */
  oneWordTitles: readonly string[];
}
