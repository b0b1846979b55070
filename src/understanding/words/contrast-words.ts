/*
 * The words that set one side against another ("swe vs mle", "nurse or teacher", "makes more than a
 * sysadmin"), defined once. Each set is the one before it and a few words more, so a reader that wants
 * fewer of them (a pattern on the raw text, where "v" could be any letter) takes a smaller set, named
 * for what it holds.
 */

/** Words that do nothing but set sides against each other: "it vs software dev". */
export const versusWords: ReadonlySet<string> = new Set(["vs", "versus"]);

/** Those and "or", which also offers sides to choose from: "data architect or data engineering". */
export const choiceWords: ReadonlySet<string> = new Set([...versusWords, "or"]);

/** Those and "than", which weighs one side against the other: "makes more than a sysadmin". */
export const contrastWords: ReadonlySet<string> = new Set([...choiceWords, "than"]);

/**
 * Those and "v", the shortest "vs" ("swe v mle"): the set for a question's tokens, where "v" is a word of its
 * own. A pattern on the raw text takes `contrastWords`, since there "v" could be any letter.
 */
export const comparers: ReadonlySet<string> = new Set([...contrastWords, "v"]);

/** The contrast words and those of setting one side beside another: "compared to a dba", "against". */
export const besideWords: ReadonlySet<string> = new Set([...contrastWords, "compared", "against"]);

/** Words that set one named role against another: those above, and "between" ("between swe and mle"). */
export const setAgainstWords: ReadonlySet<string> = new Set([...besideWords, "between"]);

/**
 * Those and the words that ask how sides differ or are alike ("compare", "different", "similar to"): a
 * question with one asks for roles to be compared rather than moved between, and a "to" or "from" right
 * after one ("compared to sre", "different from a dba") names the other side, not a move's end or start.
 */
export const comparingWords: ReadonlySet<string> = new Set([
  ...setAgainstWords,
  "compare",
  "comparing",
  "comparison",
  "contrast",
  "difference",
  "differences",
  "diff",
  "differ",
  "differs",
  "different",
  // "is data science similar to data engineering": likeness is a comparison, not a move.
  "similar",
  "same",
  "close",
  "closer",
  "equivalent",
  "related",
  "alike",
  "overlap",
]);

/**
 * Words that ask what two roles share ("overlap?", "similarities?"). Not "share" asked of the one answering
 * ("kindly share roadmap", "pls share the details"): in Indian English that is "give", no overlap asked.
 */
export const sharedAsked =
  /\b(overlaps?|overlapping|in common|(?<!\b(?:kindly|please|pls|plz|pl|you|u)\s+)share(?!\s+(?:(?:the|a|some|me|us|your|any)\s+)?(?:roadmap|road map|details?|checklist|info|information|links?|resources?|plan|steps|guidance|tips|advice)\b)|shared|similar|similarities|alike)\b/i;
