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
