/*
 * The words of being hired: who hires, and the steps a candidate goes through. A job named as one of them
 * ("a recruiter reached out") is who the asker meets, not the job asked about; an employer named beside them
 * ("recruiter from kroger pinged me") is the one hiring.
 */

/**
 * The people a job seeker meets in being hired: named as who screens, calls or judges them ("a recruiter
 * told me", "got a recruiter screen", "what do recruiters look for").
 */
export const hiringPeople: ReadonlySet<string> = new Set(
  "recruiter recruiters headhunter headhunters sourcer sourcers".split(" "),
);

/**
 * Words after a job that make it a step of being hired, not a job asked about: "got a recruiter screen",
 * "recruiter call tomorrow", "a recruiter reached out", "hiring manager interview next week", "recruiter msg:", "got a recruiter ping from them".
 */
export const hiringSteps: ReadonlySet<string> = new Set(
  "screen screens screening call calls chat interview interviews round rounds email emailed message messaged msg msgd reached ping pings pinged contacted dm dmd dmed dms texted inmail inmails outreach".split(
    " ",
  ),
);

/** Verbs of judging candidates: "what do recruiters look for", "do hiring managers mostly ignore them". */
export const judgingVerbs: ReadonlySet<string> = new Set(
  "look looks looking want wants expect expects care cares screen screens check checks prefer prefers value values ask asks notice notices filter filters reject rejects search ignore ignores".split(
    " ",
  ),
);

/** Words that may stand between who hires and how they judge: "hiring managers mostly ignore them". */
const judgingAdverbs = new Set("mostly even really actually usually generally still just all".split(" "));

/**
 * Whether the people who hire, named by a title ending right before `end` ("hiring managers", "recruiters"),
 * are followed, past a word or two of how often, by a verb of judging candidates: "do hiring managers even
 * care about certs" asks what they judge, not their job. "hiring manager salary" names the job.
 */
export function judgesCandidatesAt(tokens: readonly string[], end: number): boolean {
  const last = tokens[end - 1] ?? "";
  const hires = hiringPeople.has(last) || (/^managers?$/.test(last) && tokens[end - 2] === "hiring");
  if (!hires) return false;
  let at = end;
  while (at < end + 2 && judgingAdverbs.has(tokens[at] ?? "")) at++;
  return judgingVerbs.has(tokens[at] ?? "");
}
