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
   * Lines of business people ask pay "in" ("saas", "crypto") or move from ("healthcare", "call center"),
   * from `language/sectors.yaml`: never read as a place the lists do not name.
   */
  sectorWords: ReadonlySet<string>;
  /** Places the knowledge has no pay figures for ("denver" → Denver). */
  unlistedPlaces: Vocabulary<Place>;
  /** Levels the knowledge has no pay figures for ("intern" → interns, nearest entry level). */
  unlistedLevels: Vocabulary<UnlistedLevel>;
  /** Words the knowledge itself uses ("python", "banking"): never an unknown job title. */
  knownWord: (word: string) => boolean;
  /** A word of English ("state", "farm"): never read as a name where only its being unknown makes it one. */
  englishWord: (word: string) => boolean;
  /**
   * Words of tools and credentials beyond the knowledge's own: the skills' other names ("golang", "k8s"),
   * O*NET's hot technologies ("splunk", "sharepoint") and the certifications' short names ("ccna").
   */
  toolWords: ReadonlySet<string>;
  /** The occupations list's titles of one word ("nurse", "plumber"), for a misspelt one. */
  oneWordTitles: readonly string[];
  /**
   * The initials of the occupations list's titles of three words or more ("mls": medical laboratory
   * scientist), each of one occupation only: read only where they narrow a loose title ("lab tech (MLS)"),
   * never alone, where letters mean too many things ("an MLS" is a librarian's degree too).
   */
  occupationInitials: ReadonlyMap<string, Occupation>;
}

/** The initials of each occupation's titles of three words or more, those two occupations share left out. */
export function initialsOfTitles(occupations: readonly Occupation[]): ReadonlyMap<string, Occupation> {
  const found = new Map<string, Occupation | null>();
  for (const o of occupations)
    for (const title of o.titles) {
      const words = title.split(/\s+/);
      if (words.length < 3) continue;
      const letters = words.map((w) => w.charAt(0)).join("");
      const seen = found.get(letters);
      found.set(letters, seen === undefined || seen === o ? o : null);
    }
  return new Map([...found].flatMap(([k, o]) => (o ? [[k, o] as [string, Occupation]] : [])));
}
