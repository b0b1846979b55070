/*
 * "Senior Backend Engineer | Datadog | New York, NY — is the pay good?", "Data Engineer · Acme Robotics ·
 * Austin, TX": a job posting's heading pasted as it is listed, its title, employer and place set apart by
 * bars, dots or dashes. Its second part is whoever posted the job, named where no "at" says so, so an
 * employer no list names was lost and its place with it (read as one run of unknown words).
 */

/** What sets a posting's parts apart: a bar, a middle dot, or a dash with spaces around it. */
const between = String.raw`\s*[|·•]\s*|\s+[-–—]\s+`;

/**
 * A posting's heading at the message's start: a title, an employer of one to four words with no comma,
 * then a place as postings write it ("New York, NY", its state in capitals; "Remote"), before the question
 * or the message's end. A third part that is no place ("Data Analyst | Remote | is the pay good", "… | sql,
 * is it enough") keeps the heading as it is.
 */
const heading = new RegExp(
  String.raw`^(\s*)([^|·•\n]+?)(?:${between})([A-Za-z0-9&.'’]+(?: [A-Za-z0-9&.'’]+){0,3})(?:${between})((?:[A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,3},\s*[A-Z]{2}\b|[Rr]emote\b|[Hh]ybrid\b)(?:\s*\((?:[Rr]emote|[Hh]ybrid|[Oo]n-?site)\))?)(?=\s*(?:[|·•.?!:;]|[-–—]|$))`,
);

/**
 * The heading said as the question would say it: "Senior Backend Engineer at Datadog in New York, NY", the
 * rest of the message after it. A place written "Remote" is the way of working, said after the employer.
 */
export function spellPostingLine(text: string): string {
  return text.replace(heading, (_all, lead: string, title: string, employer: string, place: string) =>
    /^(?:remote|hybrid)\b/i.test(place)
      ? `${lead}${title} at ${employer}, ${place}`
      : `${lead}${title} at ${employer} in ${place}`,
  );
}
