/*
 * Roles named only as people around the question, not what it is about: who gave the advice ("IT guy at
 * work told me to look at SRE") or someone the person works with ("our IT guy is leaving").
 */
import { contrastWords } from "./contrast-words.js";
import type { EntityReading, FoundRole } from "./entity-reading.js";

/** Verbs that report what someone said: "told me", "says", "recommended". */
const reportingVerbs = new Set(
  "told tells says said suggested suggests recommended recommends thinks reckons mentioned advised claims claimed swears".split(
    " ",
  ),
);

/**
 * Whether a role is named only as who gave advice: one name typed, followed within three words ("at work",
 * "here") by a verb that reports what was said.
 */
function spokeAdvice(tokens: string[], f: FoundRole): boolean {
  if (f.typed.length !== 1) return false;
  const end = f.start + (f.typed[0]?.split(" ").length ?? 1);
  return tokens.slice(end, end + 3).some((t) => reportingVerbs.has(t));
}

/** Words for a person: "our IT guy", "my IT person". */
const personWords = new Set("guy guys person people girl gal lady dude folks".split(" "));

/** Words that weigh one job against another: "does our IT guy make more than a sysadmin" keeps both. */
const weighing = new Set([...contrastWords, ..."more less compare compared comparison".split(" ")]);

/**
 * Whether a role is named only as someone the person works with: "our IT guy is leaving, what should we pay a
 * sysadmin" — one name ending in a word for a person, after "our" or "my", in a question that weighs nothing.
 */
function namedAsPerson(tokens: string[], f: FoundRole): boolean {
  if (f.typed.length !== 1) return false;
  const words = f.typed[0]?.split(" ") ?? [];
  const last = tokens[f.start + words.length - 1] ?? "";
  return (
    personWords.has(last) &&
    ["our", "my"].includes(tokens[f.start - 1] ?? "") &&
    !tokens.some((t) => weighing.has(t))
  );
}

/**
 * "IT guy at work told me to look at SRE", "our IT guy says sysadmins make more": a role named as the person
 * who gave the advice is who spoke, not what the question is about, when it names another job. So is one
 * named as someone the person works with ("our IT guy is leaving, what should we pay a sysadmin").
 */
export function rolesAsPeopleDropped({ tokens, masked, rolesFound, occupations }: EntityReading): void {
  for (const speaker of rolesFound.filter((f) => spokeAdvice(tokens, f) || namedAsPerson(tokens, f))) {
    if (rolesFound.length + occupations.length < 2) break;
    rolesFound.splice(rolesFound.indexOf(speaker), 1);
    const end = speaker.start + (speaker.typed[0]?.split(" ").length ?? 1);
    for (let i = speaker.start; i < end; i++) masked[i] = "";
  }
}
