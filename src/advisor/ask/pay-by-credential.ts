/**
 * "is cissp worth it for pay", "does having aws certs raise pay for a cloud architect", "does it pay to learn
 * kubernetes": no source measures pay by certification, nor by a skill but where a role's own figures name
 * it (which the pay answer gives; the understanding leaves those). Said first, then what the sources have: the role's pay and what they say of
 * certifications, or which roles list the skill.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Role } from "../../knowledge/core/schema.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { namedCertification } from "../../understanding/words/certifications.js";
import type { Answer, QuestionAnswer } from "../answers.js";
import { certificationsAnswer, degreeAnswer, namedCertificationAnswer } from "../getting-in/getting-in.js";
import { factAnswer } from "../parts/fact-answer.js";
import { payAnswer } from "../pay/pay-answer.js";
import { skillAloneAnswer, skillCheckAnswer } from "../roles/skill-check.js";
import { together } from "./together.js";

export function payByCredentialAnswer(kb: KnowledgeBase, u: Understanding): Answer | undefined {
  if (!u.payBy) return undefined;
  const q = u.text;
  const certified = u.payBy === "certification" ? namedCertification(q) : undefined;
  const role = u.roles[0] ?? (certified ? kb.roleById.get(certified.role) : undefined) ?? u.threadRoles[0];
  if (u.payBy === "certification") return certificationPay(kb, u, role, certified?.name);
  // "software engineer salary with a masters": the role's pay, which no source splits by degree, then what
  // its sources say of degrees. With no role, the question is read as any other pay question.
  if (u.payBy === "degree")
    return role
      ? withPay(
          kb,
          u,
          role,
          `No source measures ${role.name} pay by degree; the figures below are for the role whatever the degree. What they say:`,
          degreeAnswer(kb, q, role),
        )
      : undefined;
  const skills = u.skillsAsked ?? [];
  const named = skills.join(" and ");
  if (!role) {
    const listed = skillAloneAnswer(kb, q, skills);
    const adds = skills.length > 1 ? "add" : "adds";
    return { ...listed, headline: `No source measures what ${named} ${adds} to pay; what they do say:` };
  }
  // Whether the role's sources list the skill, after its pay, as lines of the one answer.
  const { headline: _check, ...listed } = skillCheckAnswer(kb, q, role, skills);
  return withPay(
    kb,
    u,
    role,
    `No source measures what ${named} adds to ${role.name} pay; what they do say:`,
    listed,
  );
}

function certificationPay(
  kb: KnowledgeBase,
  u: Understanding,
  role: Role | undefined,
  certificate: string | undefined,
): Answer {
  const said = `No source measures pay by certification: none says what ${certificate ?? "a certification"} adds to pay. What they do say:`;
  if (!role)
    return factAnswer(
      u.text,
      said,
      [
        "Name a role to see its pay and what its sources say of certifications (e.g. `is cissp worth it for a security analyst`).",
      ],
      [],
      ["roles"],
    );
  const named = certificate ? namedCertificationAnswer(kb, u.text) : undefined;
  const certificates = named?.kind === "answer" ? named : certificationsAnswer(kb, u.text, role);
  return withPay(kb, u, role, said, certificates);
}

/** The role's pay, at the level and place asked, then the other answer, under what was said first. */
function withPay(
  kb: KnowledgeBase,
  u: Understanding,
  role: Role,
  said: string,
  then: QuestionAnswer,
): Answer {
  const pay = payAnswer(kb, u.text, role, {
    ...(u.level ? { level: u.level } : {}),
    ...(u.place ? { place: u.place } : {}),
    focus: "salary",
  });
  return together(u.text, [pay, then], said);
}
