/*
 * "tech jobs", "tech workers", "jobs in tech": "tech" beside a word of jobs or of the industry is the
 * industry, not a technician ("pharmacy tech" is a title). The title readers find no job there; a threat to
 * the industry's work ("will ai replace tech workers") is read as one to its roles'.
 */
import { jobNounWords } from "./job-nouns.js";

/** Words after "tech" that make it the industry: "tech jobs", "tech workers", "tech engineers", "tech industry". */
const industryAfter: ReadonlySet<string> = new Set([
  ...jobNounWords,
  ..."worker workers people employee employees engineers professionals industry sector companies company world field layoffs".split(
    " ",
  ),
]);

/** Whether the word at `i` is "tech" before a word of the industry, or that word after "tech". */
export const techIndustryAt = (tokens: readonly string[], i: number): boolean =>
  (/^techs?$/.test(tokens[i] ?? "") && industryAfter.has(tokens[i + 1] ?? "")) ||
  (tokens[i - 1] === "tech" && industryAfter.has(tokens[i] ?? ""));

/** Whether a question names the tech industry: "tech workers", "tech jobs", "people in tech". */
export const namesTechIndustry = (tokens: readonly string[]): boolean =>
  tokens.some((t, i) => techIndustryAt(tokens, i) || (t === "tech" && tokens[i - 1] === "in"));
