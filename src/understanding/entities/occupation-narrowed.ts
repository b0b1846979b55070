/*
 * "get into web dev, frontend probably", "web development (front end)": an official occupation named and
 * then narrowed, right after, to a role the knowledge files under that same occupation. The role is the job
 * meant, the occupation only its wider name: read as a second job, it set a move's end against itself and
 * dropped the move (the way into Front-End alone, the job held left out).
 */
import type { EntityReading } from "../names/entity-reading.js";

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
