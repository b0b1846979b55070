/*
 * Roles named only as what a class was about ("i only know linux from my sysadmin class", "did sql in my
 * data science course"): something the person studied, not a job the question asks of, when the question
 * asks of other jobs, named or pointed at ("what tools show up for each").
 */
import type { EntityReading, FoundRole } from "../names/entity-reading.js";

/** Words of a class someone takes: "my sysadmin class", "our networking course", "my cyber bootcamp". */
const classWords = new Set(
  "class classes course courses lecture lectures module modules elective electives program programme bootcamp".split(
    " ",
  ),
);

/** Words that point at jobs asked of before: "for each", "they both", "either of them". */
const pointingAtOthers = new Set("each both either neither they them those these".split(" "));

/** Where a role found ends: one name typed, else none. */
const endOf = (f: FoundRole) => (f.typed.length === 1 ? f.start + (f.typed[0]?.split(" ").length ?? 1) : -1);

/** Whether a role is named as a class's subject: after "my" or "our", right before a word of a class. */
const namedAsClass = (tokens: readonly string[], f: FoundRole): boolean =>
  ["my", "our"].includes(tokens[f.start - 1] ?? "") && classWords.has(tokens[endOf(f)] ?? "");

/**
 * Drops a role named as what the person's class was about, where the question asks of another job, named
 * or pointed at; its words are left out of what the classifier reads.
 */
export function rolesAsStudiesDropped({ tokens, masked, rolesFound, occupations }: EntityReading): void {
  for (const studied of rolesFound.filter((f) => namedAsClass(tokens, f))) {
    const othersAsked =
      rolesFound.length + occupations.length > 1 || tokens.some((t) => pointingAtOthers.has(t));
    if (!othersAsked) break;
    rolesFound.splice(rolesFound.indexOf(studied), 1);
    for (let i = studied.start; i < endOf(studied); i++) masked[i] = "";
  }
}
