/**
 * The grades of school people name a teacher by ("3rd grade teacher", "grade 11 english", "k-5", "grades
 * 9-12", "sixth-grade"): the grades said, kindergarten as grade 0. O*NET files teachers by stage of school,
 * not by grade; the stage a grade is taught at is told in `school-stages.ts`.
 */

/** Grades said as ordinals: "1st", "first" … "12th", "twelfth". */
const ordinalWords = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];
const numberWords = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** One grade as an ordinal ("3rd", "third") or after "grade" ("3", "three", "k"). */
const ordinal = `(?:1[0-2]th|[4-9]th|1st|2nd|3rd|${ordinalWords.join("|")})`;
const number = `(?:1[0-2]|[1-9]|k|${numberWords.join("|")})`;
/** Between two grades of a range: "9-12", "9 to 12", "6th through 8th". */
const to = String.raw`(?:[\s-]+(?:to|through|thru)[\s-]+|[\s-]+)`;

/**
 * The grades said, as a pattern of lower-case words (spaces or hyphens between them): "3rd grade",
 * "6th-8th grade", "grade 11", "grades 9 to 12", and "k-5", a range from kindergarten, which needs no
 * "grade" ("k-12" too, though it names no one stage).
 */
export const gradesSaid = [
  String.raw`${ordinal}(?:${to}${ordinal})?[\s-]+grade`,
  String.raw`grades?[\s-]+${number}(?:${to}${number})?`,
  `k${to}${number}`,
].join("|");

const whole = new RegExp(`^(?:${gradesSaid})$`);

/** A grade's number, kindergarten 0: "3rd", "third", "3", "three", "k". */
function gradeOf(word: string): number | undefined {
  if (word === "k") return 0;
  const digits = /^(\d+)/.exec(word);
  if (digits) return Number(digits[1]);
  const at = Math.max(ordinalWords.indexOf(word), numberWords.indexOf(word));
  return at >= 0 ? at + 1 : undefined;
}

/** The grades a phrase of lower-case words names, first and last, or undefined: "k 5" → 0 to 5. */
export function gradesNamed(phrase: string): { from: number; to: number } | undefined {
  const spaced = phrase.replace(/[\s-]+/g, " ").trim();
  if (!whole.test(spaced)) return undefined;
  const grades = spaced
    .split(" ")
    .map(gradeOf)
    .filter((g): g is number => g !== undefined && g <= 12);
  const [from, last] = [grades[0], grades.at(-1)];
  if (from === undefined || last === undefined) return undefined;
  return { from: Math.min(from, last), to: Math.max(from, last) };
}
