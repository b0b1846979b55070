/*
 * "vs amazon? their recruiters keep messaging me", "a recruiter reached out to me about a data role": hirers
 * who message, call or reach out to the asker are who is in touch, not the job asked of. Read as the
 * asked job, the answer was Human Resources Specialists' pay instead of the thread's role at Amazon.
 */

/** Words of getting in touch, in the forms typed before "me" or "us". */
const contactVerbs: ReadonlySet<string> = new Set(
  (
    "message messages messaging messaged email emails emailing emailed call calls calling called " +
    "contact contacts contacting contacted ping pings pinging pinged dm dms dming dmed dmd text texts " +
    "texting texted reach reaches reaching reached hit hits hitting spam spams spamming spammed " +
    "bug bugging bugged hound hounding hounded"
  ).split(" "),
);

/** Words between the people and the verb: "keep messaging", "have been calling", "always pinging". */
const beforeVerb: ReadonlySet<string> = new Set(
  "keep keeps kept have has had been are were is was always constantly still just also".split(" "),
);

/** Words between the verb and the asker: "reached out to me", "hit me up", "messaging me". */
const beforeAsker: ReadonlySet<string> = new Set(["out", "to", "up"]);

/**
 * True where the title ending at `end` is followed by a verb of getting in touch with the asker ("keep
 * messaging me", "reached out to us"): its people are the ones in touch, not the job asked of.
 */
export function contactingAsker(tokens: readonly string[], end: number): boolean {
  let i = end;
  while (i < end + 3 && beforeVerb.has(tokens[i] ?? "")) i++;
  if (!contactVerbs.has(tokens[i] ?? "")) return false;
  i++;
  while (i < end + 7 && beforeAsker.has(tokens[i] ?? "")) i++;
  return tokens[i] === "me" || tokens[i] === "us";
}
