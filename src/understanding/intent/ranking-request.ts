import { jobNouns, plurals } from "../words/job-nouns.js";
import { growthWords, openingWords, payWords, wordsPattern } from "../words/topic-words.js";
import { type RankingBounds, readRankingBounds } from "./ranking-bounds.js";

/** What a ranking ranks by. */
export const rankingMetrics = ["pay", "growth", "openings", "noDegree"] as const;
export type RankingMetric = (typeof rankingMetrics)[number];

/** What a ranking question asks, as the understanding reads it, with how it bounds its list. */
export interface RankingRequest extends RankingBounds {
  metric: RankingMetric;
  /** Every occupation in the layer rather than the curated roles. */
  all: boolean;
  /** A word to narrow the list to ("data" in "best paid data jobs"). */
  filter?: string;
  /** "entry level IT jobs": roles to start in, read as those that need no degree. */
  entryLevel?: true;
  /** "IT" the field was named ("is IT a good career"): its roles, not every curated role's. */
  itField?: boolean;
}

/**
 * Reads a question that ranks roles or occupations ("which roles pay the most", "fastest growing jobs",
 * "best paid data jobs", "jobs with no degree") from its words: what to rank by, whether every occupation
 * or the curated roles, and a word to narrow the list. It needs a plural like "roles" or "jobs" and a
 * word that ranks or filters, so "which company pays ML engineers the most" (one role) is not one.
 */
const jobPlurals = new Set(plurals([...jobNouns, "occupation", "profession", "title", "field"]));
const rankWords = new Set([
  "most",
  "highest",
  "best",
  "top",
  "fastest",
  "largest",
  "biggest",
  "greatest",
  "rank",
  "ranking",
  "ranked",
  "which",
  "what",
  "list",
  "least",
  "lowest",
  "worst",
  "slowest",
  "fewest",
]);
/**
 * Words of pay a ranking ranks by. "make" only before how much is made ("which jobs make the most",
 * "make 100k"): "which jobs make sense for me" ranks nothing.
 */
const rankedPay = new RegExp(
  `${wordsPattern([...payWords].filter((w) => w !== "make" && w !== "makes")).source}|\\bmakes? (?:the )?(?:most|more|\\d)`,
  "i",
);
/**
 * "jobs ok for a total beginner", "good IT jobs for beginners", "beginner friendly jobs": jobs to start in,
 * read as entry level is (otherwise: the best paid roles, or the ML market).
 */
const beginnerWords =
  /\b(?:for an? (?:total |complete |absolute )?beginner|for (?:total |complete |absolute )?beginners|beginner friendly)\b/;
/** Whether a question asks of jobs for beginners ("is IT beginner friendly", "good for beginners"). */
export const asksForBeginners = (text: string): boolean => beginnerWords.test(text.toLowerCase());

const metricWords: [RankingMetric, RegExp][] = [
  [
    "noDegree",
    new RegExp(
      // "dont really need a degree", "dont require a degree", "that don't actually require a college
      // degree": the same ask with an adverb or "require" (otherwise: the best paid IT roles, degree or not);
      // "without a 4-year degree", "dont need a bachelors": the degree named by its kind.
      String.raw`\b(no|without( a)?|(dont|do not|not|doesnt|does not)( really| actually| necessarily)? (need|require)( a)?) (college |(4|four)[- ]?year |bachelors? |cs )?(degree|diploma|college|bachelors?)\b|\bno college\b|\bentry level\b|${beginnerWords.source}`,
    ),
  ],
  // "most jobs": the most openings.
  ["openings", wordsPattern(openingWords, ["most jobs"])],
  // "fastest jobs": a ranking's "fastest" can only be of growth.
  ["growth", wordsPattern(growthWords, ["fastest"])],
  ["pay", rankedPay],
];
/** The measure words name ("best paid": pay, "fastest growing": growth), if they name one. */
export const metricNamed = (words: string): RankingMetric | undefined =>
  metricWords.find(([, re]) => re.test(words))?.[0];

/** A word of what is ranked by ("highest compensation jobs") or a form of one ("salaried"): no filter. */
const ranksBy = (word: string) =>
  metricWords.some(([, words]) => words.test(word)) || /^(pay|paid|salar|earn|grow|open|degree)/.test(word);
const everything =
  /\b(all|any|every) (occupations?|jobs|careers|professions)\b|\b(nationwide|in the (us|usa|united states|country)|in america|of all)\b/;
/**
 * Words before "jobs" that say nothing about which ones: kept out of the filter. "IT sector jobs", "tech
 * industry jobs": a word for the field as a whole filters nothing within it.
 */
const notFilters = new Set([
  "tech",
  "it",
  "technology",
  "sector",
  "industry",
  "field",
  "good",
  "great",
  "best",
  "top",
  "paying",
  "paid",
  "growing",
  "new",
  "high",
  "highest",
  "entry",
  "level",
  "most",
  "the",
  "which",
  "what",
  "are",
  "all",
  "any",
  "every",
  "us",
  "american",
  "fastest",
  "demand",
  "in",
  "of",
  "well",
  "better",
  "remote",
  "other",
  "these",
  "those",
  "some",
  "many",
  "more",
  "lowest",
  "worst",
  "least",
  "career",
  "hiring",
  // "which of your roles pays most": the roles the advisor covers, which is every curated one.
  "your",
  "our",
  // "are there even jobs", "any real jobs", "decent jobs": words that doubt or weigh whether jobs exist
  // say which kind of job as little as "good" does.
  "even",
  "still",
  "really",
  "actually",
  "actual",
  "real",
  "enough",
  "decent",
  "just",
  "only",
  "there",
  "no",
  "available",
  "open",
  "such",
  "local",
]);

/**
 * One job with a word that ranks and the measure before it ("highest paying role", "top paid job", "the
 * fastest growing career you cover"): a superlative over jobs asks the same ranking as the plural does,
 * where "a role that pays well" (no word that ranks) asks none.
 */
const superlativeJob = new RegExp(
  `\\b(?:${[...rankWords].filter((w) => w !== "which" && w !== "what").join("|")}) (?:\\w+ )?(?:pay(?:ing)?|paid|grow(?:ing|th)?|earning|in demand) (?:${jobNouns.join("|")})\\b`,
);

export function readRanking(tokens: readonly string[], asked: boolean): RankingRequest | undefined {
  const text = tokens.join(" ").replace(/\bdon t\b|\bdon't\b/g, "dont");
  const pluralAt = tokens.findIndex((t) => jobPlurals.has(t));
  if (pluralAt < 0 && !asked && !superlativeJob.test(text)) return undefined;
  const metric = metricNamed(text);
  if (!metric) return undefined;
  const before = pluralAt > 0 ? tokens[pluralAt - 1] : undefined;
  const filter = before && !notFilters.has(before) && !ranksBy(before) ? before : undefined;
  // "security jobs pay": the pay of a kind of jobs is a list to rank, with or without a word that ranks.
  // ("are ml jobs growing" stays a question of the market's growth.)
  const kindPaid = filter !== undefined && metric === "pay";
  const bounds = readRankingBounds(text, metric === "pay" || metric === "noDegree");
  // "jobs that pay over 100k": a bound of pay ranks as a word that ranks does.
  const bounded = bounds.payOver !== undefined || bounds.payUnder !== undefined;
  if (!asked && metric !== "noDegree" && !kindPaid && !bounded && !tokens.some((t) => rankWords.has(t)))
    return undefined;
  const entryLevel = metric === "noDegree" && (/\bentry level\b/.test(text) || beginnerWords.test(text));
  return {
    metric,
    all: everything.test(text),
    ...(filter ? { filter } : {}),
    ...(entryLevel ? { entryLevel: true as const } : {}),
    ...bounds,
  };
}
