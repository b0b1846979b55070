/*
 * A teacher's school stage, named beside the title: "i teach hs math", "teacher here (hs math)", "a teacher
 * at a middle school", "special ed teacher in a high school", or by the grades taught ("3rd grade teacher"). O*NET lists "teacher" under eleven occupations,
 * one per stage; the stage named says which one is meant, as "high school teacher" typed whole does.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { singular } from "../../official/titles.js";
import { type EntityReading, officialOccupation } from "../names/entity-reading.js";
import { namesGrades, type SchoolStage, schoolStages, stageNamed } from "../text/school-stages.js";

/** The SOC major group of teachers of every kind (Educational Instruction and Library Occupations). */
const educationGroup = "25-";

/** How many words apart a stage and the title may stand: "teacher here (hs math)", "teacher at a middle school". */
export const wordsOfStage = 4;

/** An occupation's BLS title without what it leaves out ("…, Except Special Education"), in lower case. */
const without = (title: string) =>
  title
    .toLowerCase()
    .split(", ")
    .filter((part) => !part.startsWith("except"))
    .join(", ");

/** How many words grades may take: "grades 9 to 12". */
const longestGrades = 4;

/**
 * The stages named in the words from `from` to `to`, in the order of `schoolStages`. Grades are read whole
 * and their words not again: "grades 6-12" (two stages) names none, though "grades 6" alone would.
 */
export function stagesNamed(tokens: readonly string[], from: number, to: number): SchoolStage[] {
  const found = new Set<SchoolStage>();
  const end = Math.min(tokens.length, to);
  for (let i = Math.max(0, from); i < end; i++) {
    const grades = [longestGrades, 3, 2, 1]
      .filter((size) => i + size <= end)
      .find((size) => namesGrades(tokens.slice(i, i + size).join(" ")));
    if (grades !== undefined) {
      const stage = stageNamed(tokens.slice(i, i + grades).join(" "));
      if (stage) found.add(stage);
      i += grades - 1;
      continue;
    }
    for (const size of [2, 1]) {
      const stage = stageNamed(tokens.slice(i, i + size).join(" "));
      if (stage) found.add(stage);
    }
  }
  return schoolStages.filter((s) => found.has(s));
}

/**
 * Of teachers' occupations, those of the stages named: the ones whose BLS title names every stage named,
 * and, of several, those whose title is headed by one ("Secondary School Teachers", not "Career/Technical
 * Education Teachers, Secondary School").
 */
export function teachersOfStages(
  kb: KnowledgeBase,
  socs: readonly string[],
  named: readonly SchoolStage[],
): string[] {
  const title = (soc: string) => without(kb.official?.bySoc.get(soc)?.title ?? "");
  const each = socs.filter((soc) => named.every((s) => title(soc).includes(s.bls)));
  const headed = each.filter((soc) => named.some((s) => title(soc).split(", ")[0]?.includes(s.bls)));
  return headed.length > 0 ? headed : each;
}

/**
 * Narrows a teacher read under several occupations, or under one of another stage ("math teacher" is O*NET's
 * Middle School Teachers' title), to the occupation of the stage named beside it: the one whose BLS title
 * names every stage named, and, of several, the one whose title is headed by one ("Secondary School
 * Teachers", not "Career/Technical Education Teachers, Secondary School").
 */
export function schoolStageRead(r: EntityReading): void {
  const { kb, tokens, official, occupations, masked } = r;
  if (!official) return;
  for (const found of occupations) {
    const { entry, start } = found;
    // "teaching" is the field the listed Teacher is named by: its titles are a teacher's.
    const said = singular(entry.typed.split(" ").at(-1) ?? "");
    const head = said === "teaching" ? "teacher" : said;
    const teachers = official.titles.lookup(head);
    const read = entry.official?.length ? entry.official : official.titles.lookup(entry.typed);
    const socs = read.length > 0 ? read : teachers;
    // A subject's teacher O*NET also lists at a college ("art teacher": Art, Drama, and Music Teachers,
    // Postsecondary) is a school's where a stage is named ("elementary school art teacher").
    const teaching = (soc: string) => teachers.includes(soc) || soc.startsWith(educationGroup);
    if (teachers.length < 2 || !socs.every(teaching)) continue;
    let end = start + 1;
    while (masked[end] === "") end++;
    const named = stagesNamed(tokens, start - wordsOfStage, end + wordsOfStage);
    if (named.length === 0) continue;
    const narrowed = teachersOfStages(kb, teachers, named);
    const [first] = narrowed;
    if (!first || narrowed.join() === socs.join()) continue;
    // Said as the stage's teacher ("high school teacher"), the name O*NET lists most stages' teachers by.
    const typed = [...named.map((s) => s.name), head].join(" ");
    found.entry = { occupation: officialOccupation(kb, first), typed, official: narrowed };
  }
}
