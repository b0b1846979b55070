/*
 * Years of experience named in a question ("w/ 5 yrs exp", "with 5 years experience", "5 yoe"): in a pay
 * question they say where in a career the pay is asked for, which the knowledge's levels may or may not
 * give in years.
 */

/** Years of experience as the question wrote them, and how many. */
export interface ExperienceYears {
  /** As typed: "5 yrs exp". */
  typed: string;
  years: number;
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/**
 * "after a few yrs", "with a couple of years": a rough count, read as the number people mean by it, so a
 * pay question asked so is asked of years as one with a number is.
 */
const roughCounts: Record<string, number> = { "a few": 3, "a couple": 2, "a couple of": 2, several: 4 };

const count = `(\\d{1,2}(?:\\.\\d)?|${[...Object.keys(roughCounts).sort((a, b) => b.length - a.length), ...Object.keys(numberWords)].join("|")})\\s*\\+?`;
const unit = "(?:years?|yrs?|yr)";
const experienceWord = "(?:exp|experience|xp|in the field|in the industry|in industry)";

/** "5 yoe", "5 years of experience", "5+ yrs exp": a count of years with a word of experience after it. */
const withExperienceWord = new RegExp(
  `\\b${count}\\s*(?:yoe\\b|${unit}\\s+(?:of\\s+)?(?:work\\s+|professional\\s+|industry\\s+)?${experienceWord}\\b)`,
  "i",
);

/** A hedge typed before a rough count: "after like 5 yrs", "with about 3 years". */
const hedge = "(?:(?:like|about|around|roughly|maybe|~)\\s*)?";

/** "with 5 years", "w/ 5 yrs", "after 3 years": a count of years after a word of having them. */
const afterHaving = new RegExp(
  `(?:\\bwith|\\bw/|\\bw|\\bafter|\\bhaving|\\bhave|\\bive|\\bgot|\\bat)\\s+${hedge}${count}\\s*${unit}\\b`,
  "i",
);

/** The number a count of years was typed as ("10", "10+", "ten", "a few"), if it is one. */
export function yearsCounted(typed: string): number | undefined {
  const n = typed.toLowerCase().replace(/\+$/, "").replace(/\s+/g, " ");
  const years = roughCounts[n] ?? numberWords[n] ?? (/^\d{1,2}(?:\.\d)?$/.test(n) ? Number(n) : Number.NaN);
  return Number.isFinite(years) ? years : undefined;
}

/** The years of experience a question names, if it names them as experience. */
export function experienceYears(text: string): ExperienceYears | undefined {
  const m = withExperienceWord.exec(text) ?? afterHaving.exec(text);
  const n = m?.[1]?.toLowerCase().replace(/\s+/g, " ");
  if (!m || n === undefined) return undefined;
  const years = roughCounts[n] ?? numberWords[n] ?? Number(n);
  if (!Number.isFinite(years)) return undefined;
  const typed = m[0]
    .replace(/^(?:with|w\/|w|after|having|have|ive|got|at)\s+/i, "")
    .replace(/^(?:like|about|around|roughly|maybe|~)\s*/i, "")
    .trim();
  return { typed, years };
}
