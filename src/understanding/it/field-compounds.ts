import { editDistance } from "../../knowledge/core/text.js";
import { credentialWords, payNouns } from "../words/topic-words.js";

/*
 * Words that make "it" right before them the field: "it support", "it director", IT's titles ("it auditor").
 */

/**
 * The heads of O*NET's IT titles ("it auditor", "it trainer", "it recruiter", "it intern"), and the words
 * that begin the rest ("it business analyst", "it systems administrator"): no pronoun is followed by a job
 * title, and without them "it auditor" was read as the auditor alone (Accountants and Auditors), "it
 * trainer" as an animal trainer and "it business analyst" as a management analyst. Many are also a line of
 * work or a quality of one ("sales", "business", "systems"), which a pronoun can be asked about ("is it sales
 * or engineering?"), so they make the field only where a pronoun cannot stand (see `compoundContrasted`).
 */
export const titleWords = new Set(
  "auditor auditors trainer trainers instructor instructors recruiter recruiters recruiting intern interns internship internships analyst analysts architect architects engineer engineers coordinator coordinators supervisor supervisors officer officers contractor contractors sales infrastructure networking business systems pm pms".split(
    " ",
  ),
);

/** Words that make "it" in front of them the field: "it support", "it director", "it jobs", "it salary", "it certs", and IT's titles. */
const fieldCompounds = new Set([
  ..."support helpdesk help desk director directors manager managers management department dept team teams admin admins administrator administrators specialist specialists technician technicians tech techs job jobs role roles career careers industry sector field professional professionals pro pros staff worker workers consultant consultants consulting security project projects person people ppl folks guy guys lead leads head operations ops services service".split(
    " ",
  ),
  // "it or cs degree", "an it major": what is studied of the field.
  ..."degree degrees major majors diploma diplomas".split(" "),
  // "salary of it fresher in india", "it grads": those new to the field's jobs.
  ..."fresher freshers grad grads graduate graduates".split(" "),
  ...titleWords,
  ...payNouns,
  ...credentialWords,
]);

/** A word of `words`, or a typo of a longer one: one letter off in five or more ("suport", "secialist"). */
export function nearlyIn(words: ReadonlySet<string>, word: string): boolean {
  if (words.has(word)) return true;
  if (word.length < 5) return false;
  for (const w of words) if (w.length >= 5 && editDistance(word, w, 1) <= 1) return true;
  return false;
}

/** A field compound, or a typo of a longer one ("it suport"). */
export const isFieldCompound = (word: string) => nearlyIn(fieldCompounds, word);
