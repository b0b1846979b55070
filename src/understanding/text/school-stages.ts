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
  // A grade taught says its stage: "3rd grade" is elementary school's, "7th grade" middle school's.
  {
    said: "hs|high school|secondary school|secondary|(?:9th|10th|11th|12th|ninth|tenth|eleventh|twelfth) grade",
    name: "high school",
    bls: "secondary school",
  },
  {
    said: "middle school|junior high|intermediate school|(?:6th|7th|8th|sixth|seventh|eighth) grade",
    name: "middle school",
    bls: "middle school",
  },
  {
    said: "elementary school|elementary|primary school|grade school|(?:1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth) grade",
    name: "elementary school",
    bls: "elementary school",
  },
  { said: "kindergarten|kindergarden", name: "kindergarten", bls: "kindergarten" },
  { said: "preschool|pre-school|pre-k|prek", name: "preschool", bls: "preschool" },
  { said: "special ed|special education|sped", name: "special education", bls: "special education" },
];

/** The stage a phrase of lower-case words names, or undefined. */
export const stageNamed = (phrase: string): SchoolStage | undefined =>
  schoolStages.find((s) => new RegExp(`^(?:${s.said})$`).test(phrase.replace(/[\s-]+/g, " ")));
