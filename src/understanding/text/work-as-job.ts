/*
 * "is coding a good career", "how much does programming pay", "is testing a dead end", "networking jobs
 * salary", "cloud computing jobs outlook": tech work named by what is done, not by who does it. Where such a
 * word stands as the job asked of (a line of work judged, a pay asked, "jobs" after it, a side set against
 * another), it is the job of the people who do it: coding the software engineer's, testing QA's, networking
 * the network roles', cloud computing the cloud roles'. Otherwise no role was read, and the answer was a
 * best-practice list, the ML market, "Which role?" or out of scope. Elsewhere each word stays the work it
 * is ("python for coding", "unit testing tools", "networking skills for IT support").
 */

/**
 * Work each said as the job of one role, spelt as a name of that role: coding and programming are the
 * software engineer's work (its names hold "programmer" and "developer"), testing the QA engineer's (its
 * names hold "software tester", "manual tester").
 */
const roleWork: readonly (readonly [RegExp, string])[] = [
  [/^(?:coding|programming|programing|software development)$/, "software engineering"],
  // "how do i move into actual dev work": building software, said as work, as QA and support people say it.
  [/^(?:(?:actual|real|proper) )?(?:dev|development|coding|programming) work$/, "software engineering"],
  [/^(?:(?:software|manual|qa) )?testing$/, "qa"],
  // "is database work a good career": looking after databases is the database administrator's work.
  [/^database work$/, "database administration"],
  // "is tech writing a good career": writing documentation is the technical writers' work (an occupation
  // with official figures, no curated role).
  [/^(?:tech|technical) writing$/, "technical writer"],
];

/**
 * Work each said as the field of several roles, spelt as the word those roles' names share ("Network
 * Administrator", "Network Architect"; "Cloud Architect", "Big Data Cloud Engineer"), which is how a field
 * of roles is read ("network jobs", "is cloud a good field").
 */
const fieldWork: readonly (readonly [RegExp, string])[] = [
  [/^networking$/, "network"],
  [/^cloud computing$/, "cloud"],
];

/**
 * Kinds of work named by the same words that are other jobs or no job: "medical coding" (medical coders),
 * "penetration testing" (a security job), "unit testing" (a practice), "social networking".
 */
const otherKinds = String.raw`(?<!\b(?:pen|penetration|security|unit|load|performance|usability|game|games|beta|drug|lab|laboratory|medical|clinical|hardware|social|billing|insurance)\s)`;

const work = `${otherKinds}((?:(?:actual|real|proper) )?(?:dev|development|coding|programming) work|coding|programm?ing|software development|(?:(?:software|manual|qa) )?testing|database work|(?:tech|technical) writing|networking|cloud computing)`;

/** A job's or pay's noun right after the work: "coding jobs", "programming salary", "networking roles". */
const nounAfter = String.raw`(?=\s+(?:jobs?|careers?|roles?|positions?|salary|salaries|pay|pays|paying|wages?|income|field|industry)\b)`;

/**
 * The judgements of a line of work, a few words after the work judged ("is coding a good career", "is
 * testing a dead end", "is coding still worth it", "is programming better paid than …").
 */
const judged = `(?:job|jobs|career|careers|field|path|option|dead end|worth|dying|future|saturated|demand|growing|paid|paying|better|overrated|overhyped|stable|safe)`;

/** The work as the subject judged, opening the question: "is coding a good career". */
const subjectJudged = new RegExp(
  String.raw`^((?:so |but |and |ok |honestly )?(?:is|isnt|isn't|are|will|would) )${work}\b(?=(?:\s+\S+){0,5}?\s+${judged}\b)`,
  "i",
);

/** The work before a job's or pay's noun: "coding jobs", "software testing salary". */
const workAsJob = new RegExp(String.raw`(\b)${work}${nounAfter}`, "gi");

/** The work between "does" and a verb of pay: "how much does programming pay". */
const workPaying = new RegExp(String.raw`(\bdoes )${work}(?=\s+(?:pay|make)\b)`, "gi");

/** The work as a side set against another, or where a move leads or starts: "than coding", "from testing into devops". */
const workAsSide = new RegExp(
  String.raw`(\b(?:than|vs\.?|versus|from|into) )${work}\b|\b${work}(?=\s+(?:vs\.?|versus)\s)`,
  "gi",
);

/** The work pay is asked for: "what does cisco pay for networking", "google pays for coding". */
const paidFor = new RegExp(String.raw`(\b(?:pay|pays|paid) (?:for|in) )${work}(?=\s*[?!.]*$)`, "gi");

/**
 * "what do testers make", "are coders still in demand": the people who do the work, in the plural, named as
 * their role's names name them ("qa tester", "programmer"). Only the plural: a tester alone is also one of
 * the other trades O*NET lists ("working as a tester", which the readers of titles ask back or read as QA).
 * Nor before "one": "the testers one" picks an occupation the bot offered by a word of its title.
 */
const doers = new RegExp(
  String.raw`${otherKinds}(?<!\b(?:qa|software|manual|automation|pen|test)\s)\b(testers|coders)\b(?!\s+ones?\b)`,
  "gi",
);
const doersSpelt: ReadonlyMap<string, string> = new Map([
  ["testers", "qa testers"],
  ["coders", "programmers"],
]);

/**
 * The work spelt as its role, or as its field's word: bare where a job's noun follows ("network jobs",
 * "is network a good career"), with "jobs" after it where none does ("networking salary" is "network jobs
 * salary"), and not at all as a side, which the readers of fields set against roles read as typed.
 */
function spelt(said: string, field: "bare" | "jobs" | "none"): string | undefined {
  const lower = said.toLowerCase();
  const role = roleWork.find(([re]) => re.test(lower))?.[1];
  if (role) return role;
  const word = fieldWork.find(([re]) => re.test(lower))?.[1];
  if (!word || field === "none") return undefined;
  return field === "jobs" ? `${word} jobs` : word;
}

/** A job's noun opening the words: "jobs", "roles" (the field's word is then bare). */
const jobNounNext = /^\s+(?:jobs?|careers?|roles?|positions?|field|industry)\b/i;

/** The question with tech work said as the job spelt as the role or field of the people who do it. */
export function spellWorkAsJob(text: string): string {
  const as = (lead: string, w: string, form: "bare" | "jobs" | "none", said: string) => {
    const spelling = spelt(w, form);
    return spelling ? `${lead}${spelling}` : said;
  };
  return text
    .replace(subjectJudged, (said, lead: string, w: string) => as(lead, w, "bare", said))
    .replace(workAsJob, (said, lead: string, w: string, at: number, whole: string) =>
      as(lead, w, jobNounNext.test(whole.slice(at + said.length)) ? "bare" : "jobs", said),
    )
    .replace(workPaying, (said, lead: string, w: string) => as(lead, w, "jobs", said))
    .replace(paidFor, (said, lead: string, w: string) => as(lead, w, "jobs", said))
    .replace(workAsSide, (said, lead: string | undefined, w1?: string, w2?: string) =>
      as(lead ?? "", w1 ?? w2 ?? "", "none", said),
    )
    .replace(doers, (said, who: string) => doersSpelt.get(who.toLowerCase()) ?? said);
}
