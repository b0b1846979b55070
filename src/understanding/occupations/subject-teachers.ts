/*
 * "history teacher", "math teacher", "english teacher": a subject's teacher with no stage named may teach at
 * a school or at a college, and O*NET lists each such title under one of them only (History Teachers,
 * Postsecondary; Middle School Teachers for "math teacher"). With no stage named, the reading is the school
 * teachers of subjects (secondary and middle school) and the subject's college teachers, for the answer to
 * ask which. "college history teacher" is the college's; "high school history teacher" the school's
 * (`schoolStageRead`, read before).
 */
import { singular } from "../../official/titles.js";
import { type EntityReading, officialOccupation } from "../names/entity-reading.js";
import { stagesNamed, wordsOfStage } from "./school-stage.js";

/** The school teachers who teach a subject: Secondary School Teachers, Middle School Teachers. */
const schoolSubjectTeachers = ["25-2031", "25-2022"];

/** The SOC group of teachers at colleges and universities (Postsecondary Teachers). */
const postsecondary = "25-1";

/** The names a college teacher of a subject goes by in O*NET's titles: "history professor", "math instructor". */
const collegeNames = ["professor", "instructor", "lecturer"];

/** Words that say one teaches at a college: "college history teacher", "university math teacher". */
const collegeWords = new Set(["college", "university", "uni", "postsecondary"]);

/** The occupation of a subject's college teachers ("history" → History Teachers, Postsecondary), if any. */
function collegeTeachersOf(r: EntityReading, subject: string): string | undefined {
  return collegeNames
    .flatMap((name) => r.official?.titles.lookup(`${subject} ${name}`) ?? [])
    .find((soc) => soc.startsWith(postsecondary));
}

/** Reads a subject's teacher with no stage named as the school's or the college's, or with a college named. */
export function subjectTeacherRead(r: EntityReading): void {
  const { kb, tokens, official } = r;
  if (!official) return;
  for (const found of r.occupations) {
    const words = found.entry.typed.split(" ");
    if (words.length < 2 || singular(words.at(-1) ?? "") !== "teacher") continue;
    const read = found.entry.official?.length
      ? found.entry.official
      : official.titles.lookup(found.entry.typed);
    // Read under one occupation of teaching: the one stage O*NET happens to list the title under.
    if (read.length !== 1 || !read.every((soc) => soc.startsWith("25-"))) continue;
    const college = collegeTeachersOf(r, words.slice(0, -1).join(" "));
    const end = found.start + words.length;
    if (!college || stagesNamed(tokens, found.start - wordsOfStage, end + wordsOfStage).length > 0) continue;
    const atCollege = tokens
      .slice(Math.max(0, found.start - wordsOfStage), end + wordsOfStage)
      .some((w) => collegeWords.has(w));
    const socs = atCollege ? [college] : [...schoolSubjectTeachers, college];
    if (socs.join() === read.join()) continue;
    found.entry = {
      ...found.entry,
      ...(atCollege ? { occupation: officialOccupation(kb, college) } : {}),
      official: socs,
    };
  }
}
