/**
 * "our IT guy says i should do comptia. what jobs does that actually lead to": a family of certifications
 * named (CompTIA's A+, Network+ and Security+) asks which jobs it leads to, which is the roles whose work
 * its certifications certify, each with what it does; never one role's certifications alone (otherwise:
 * IT support's certifications, the first role CompTIA's name was read as).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { certifications } from "../../understanding/words/certifications.js";
import type { Answer } from "../answers.js";
import { alias, roleCitations } from "../parts/answer-parts.js";
import { factAnswer } from "../parts/fact-answer.js";

/** "what jobs does that lead to", "what roles can i get with it", "what careers does it open up". */
const jobsAsked =
  /\bwhat (?:kinds? of |sorts? of )?(?:jobs?|roles?|careers?|positions?|work)\b.*\b(?:lead|leads|get|open|opens|qualify|land|do|for)\b/i;

/**
 * The families of certifications ("CompTIA": A+, Network+, Security+), each with its members and their roles
 * and the pattern of its short name, found once: a family is a certification whose name opens two or more
 * others' with a role each.
 */
const families = certifications.flatMap((c) => {
  const members = certifications
    .filter((m) => m !== c && m.role && m.name.startsWith(`${c.name} `))
    .map((m) => ({ name: m.name, role: m.role ?? "" }));
  if (!c.short || members.length < 2) return [];
  const escaped = c.short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [{ name: c.name, members, named: new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`, "i") }];
});

/** The family a certification's name opens on ("CompTIA" of "CompTIA A+"), with each member and its role. */
function familyNamed(text: string): { name: string; members: { name: string; role: string }[] } | undefined {
  const lower = text.toLowerCase();
  return families.find(
    (f) =>
      f.named.test(text) &&
      // "comptia security+": one of the family named, not the family.
      !f.members.some((m) => lower.includes(m.name.slice(f.name.length + 1).toLowerCase())),
  );
}

export function certificationJobs(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (!jobsAsked.test(u.text)) return undefined;
  const family = familyNamed(u.text);
  if (!family) return undefined;
  // The entry one first: the list runs from the most specific name down.
  const led = [...family.members]
    .reverse()
    .map((m) => ({ name: m.name, role: kb.roleById.get(m.role) }))
    .filter((m): m is { name: string; role: Role } => m.role !== undefined);
  if (led.length < 2) return undefined;
  const answer = factAnswer(
    u.text,
    `${family.name}'s certifications each certify a different role's work (the sources do not name the certifications themselves):`,
    led.map(({ name, role }) => `${name}: ${role.name}. ${role.summary}`),
    led.flatMap(({ role }) => roleCitations(kb, role)),
    led.slice(0, 3).map(({ role }) => `education ${alias(role)}`),
  );
  return {
    ...answer,
    about: led.map(({ role }) => ({ id: role.id, name: role.name })),
    offered: led.map(({ role }) => role.id),
  };
}
