import { gradesNamed } from "./school-grades.js";

/**
 * The stages of school a teacher teaches, as people name them ("hs", "middle school", "elementary", "special
 * ed"), each with the name said for it and the words BLS's titles use for it ("Secondary School Teachers").
 * Special education, said alone or with a stage, comes last: "high school special education teacher".
 */
export interface SchoolStage {
  /** The words people type for it, lower case, as one pattern. */
  said: string;
  /** Said before "teacher": the title people know the stage's teacher by. */
  name: string;
  /** The words of BLS's titles for it. */
  bls: string;
}

export const schoolStages: readonly SchoolStage[] = [
  { said: "hs|high school|secondary school|secondary", name: "high school", bls: "secondary school" },
  { said: "middle school|junior high|intermediate school", name: "middle school", bls: "middle school" },
  {
    said: "elementary school|elementary|primary school|grade school",
    name: "elementary school",
    bls: "elementary school",
  },
  { said: "kindergarten|kindergarden", name: "kindergarten", bls: "kindergarten" },
  { said: "preschool|pre-school|pre-k|prek", name: "preschool", bls: "preschool" },
  { said: "special ed|special education|sped", name: "special education", bls: "special education" },
];

/**
 * The stage each grade is taught at in most US schools (the grouping NCES counts schools by): kindergarten,
 * elementary school to 5th grade, middle school 6th to 8th, high school 9th to 12th.
 */
const stageOfGrade = (grade: number): string =>
  grade === 0
    ? "kindergarten"
    : grade <= 5
      ? "elementary school"
      : grade <= 8
        ? "middle school"
        : "high school";

/**
 * The one stage grades are taught at: "3rd grade" elementary school, "grades 9-12" high school; "k-5" is an
 * elementary school's range, kindergarten taught in it. A range over two stages ("k-8", "k-12") names none.
 */
function stageOfGrades(phrase: string): SchoolStage | undefined {
  const grades = gradesNamed(phrase);
  if (!grades) return undefined;
  const names = new Set<string>();
  for (let g = Math.max(grades.from, grades.to > 0 ? 1 : 0); g <= grades.to; g++) names.add(stageOfGrade(g));
  const [only] = names;
  return names.size === 1 ? schoolStages.find((s) => s.name === only) : undefined;
}

/** The stage a phrase of lower-case words names, by the stage's name or the grades taught, or undefined. */
export const stageNamed = (phrase: string): SchoolStage | undefined =>
  schoolStages.find((s) => new RegExp(`^(?:${s.said})$`).test(phrase.replace(/[\s-]+/g, " "))) ??
  stageOfGrades(phrase);

/** Whether a phrase names grades, one stage's or not ("k-12"): words no other reading of a stage takes. */
export const namesGrades = (phrase: string): boolean => gradesNamed(phrase) !== undefined;
