/*
 * "get into web dev, frontend probably", "web development (front end)": an official occupation named and
 * then narrowed, right after, to a role the knowledge files under that same occupation. The role is the job
 * meant, the occupation only its wider name: read as a second job, it set a move's end against itself and
 * dropped the move (the way into Front-End alone, the job held left out).
 */
import { type EntityReading, listedTitle } from "../names/entity-reading.js";

/** Words that may stand between the wider name and the narrower one: "web dev, probably frontend". */
const narrowingWords = new Set(
  "probably prob prolly maybe likely specifically mostly mainly especially esp ideally like i think guess".split(
    " ",
  ),
);

/** Drops each occupation a role named right after it narrows, the role filed under its official code. */
export function narrowedOccupationsDropped({ tokens, masked, rolesFound, occupations }: EntityReading): void {
  for (const o of [...occupations]) {
    const socs = o.entry.official ?? (o.entry.occupation.soc ? [o.entry.occupation.soc] : []);
    const end = o.start + o.entry.typed.split(" ").length;
    const narrower = rolesFound.find(
      (f) =>
        f.start >= end &&
        tokens.slice(end, f.start).every((t) => narrowingWords.has(t)) &&
        socs.some((soc) => f.role.onet.some((code) => code.startsWith(soc))),
    );
    if (!narrower) continue;
    occupations.splice(occupations.indexOf(o), 1);
    for (let i = o.start; i < end; i++) masked[i] = "";
  }
}

/** How many words after a loose title the name that narrows it may stand: "lab tech (MLS, mostly micro)". */
const narrowingReach = 3;

/**
 * "im a lab tech (MLS, mostly micro)": a title O*NET lists under several occupations ("lab tech": food
 * science and chemical technicians), followed closely by a name of one listed occupation whose own titles
 * hold it whole ("medical lab tech"), is that occupation: the second name says which lab, as "medical" in
 * front would (otherwise: no one occupation's figures, the job said back as "lab tech").
 */
export function looseTitlesNarrowed(r: EntityReading): void {
  const { v, tokens, masked, occupations } = r;
  for (const found of [...occupations]) {
    const { entry, start } = found;
    if ((entry.official?.length ?? 0) < 2) continue;
    const typed = entry.typed;
    const end = start + typed.split(" ").length;
    for (let i = end; i < Math.min(tokens.length, end + narrowingReach); i++) {
      const word = tokens[i] ?? "";
      // A title's initials ("mls": medical laboratory scientist) narrow as its name would.
      const listed = word ? (listedTitle(v, word) ?? v.occupationInitials.get(word)) : undefined;
      const holds = listed?.titles.some((t) => t !== typed && t.endsWith(` ${typed}`));
      if (!listed || !holds) continue;
      // The narrower name is the job meant; read alone it would be a second job held.
      const other = occupations.find((o) => o !== found && o.start === i);
      if (other) occupations.splice(occupations.indexOf(other), 1);
      found.entry = { occupation: listed, typed: `${typed} (${word})` };
      masked[i] = "";
      r.claim({ start: i, end: i + 1 }, "");
      break;
    }
  }
}
