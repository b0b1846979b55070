/*
 * One "it" of a question as the rules on it read it (see it-word.ts), and the words of grammar several kinds
 * of rule share.
 */

/** One "it" of a question, as the rules below read it. */
export interface ItAt {
  raw: string;
  tokens: string[];
  /** Its position among the tokens. */
  i: number;
  /** Which "it" of the question it is, the first being 0. */
  occurrence: number;
  before: string;
  after: string;
  /** Whether the thread holds a role, which a pronoun "it" can stand for. */
  threadHasRole: boolean;
  /**
   * Whether a job stands before position `at`, an occupation held in the thread or a job the question names
   * before it, which a pronoun "it" there can stand for as it can for a thread's role.
   */
  jobBefore: (at: number) => boolean;
  /** Whether the words from position `at` on name a job: an occupation or a role. */
  jobAfter: (at: number) => boolean;
  /** Whether the word at position `at` names a field of several roles ("cloud", "security"). */
  fieldAt: (at: number) => boolean;
}

/**
 * What the words around an "it" are read for: whether some of the question's words name a job (an
 * occupation or a role), and whether the thread holds an occupation, a job before every "it" of the question.
 * Built where the vocabularies are (`entities/jobs-around.ts`); without them no job is named.
 */
export interface JobsAround {
  namesJob: (words: string[]) => boolean;
  /** Whether a word names a field of several roles' names ("cloud", "security"). */
  namesField: (word: string) => boolean;
  occupationHeld: boolean;
}

/** No job named and none held: for a reading that has no vocabularies to hand. */
export const noJobsAround: JobsAround = {
  namesJob: () => false,
  namesField: () => false,
  occupationHeld: false,
};

/** A rule on one "it": whether it applies, and what "it" then is. */
export type ItRule = [applies: (at: ItAt) => boolean, isField: boolean];

/** Words no pronoun follows: "an it systems analyst" is one of IT's. */
export const articles = new Set(["a", "an", "the"]);

/**
 * Verbs of being before "it <word of the field> a …": "is it support a good career" asks what "it support"
 * is; a pronoun there would be "is it a support role".
 */
export const copulas = new Set(["is", "isnt", "was"]);
