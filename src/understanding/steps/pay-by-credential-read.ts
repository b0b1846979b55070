/*
 * "will a ccna get me a raise", "does it pay to learn kubernetes", "salary with a masters": pay asked by what
 * a certification, a skill or a degree adds, read as a pay question whatever topic the certification's words lean to (education), with
 * the skills named kept for the answer, which says first that the sources do not measure it.
 */
import type { Role } from "../../knowledge/core/schema.js";
import { payIntents } from "../intent/intents.js";
import { skillsNamed } from "../names/skill-names.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import type { Understanding } from "../shape/understanding.js";
import { payByCredentialAsked } from "../words/pay-by-credential.js";

export function payByCredentialRead(
  parts: Pick<PipelineParts, "kb" | "skills">,
  u: Understanding,
  tokens: string[],
  text: string,
): Understanding {
  // A move weighed for its pay ("from qa to devops, will aws certs get me more money") stays a move.
  if (u.from || u.to || u.roles.length > 1) return u;
  const named = skillsNamed(parts.skills, parts.kb.roleNames, tokens);
  // "ml or nlp engineer which pays more": a skill's word inside an occupation's title ("nlp engineer") is
  // that job, set against the role, no skill whose worth is asked (r88).
  const titleWords = new Set(u.entities.uncovered.flatMap((o) => o.typed.toLowerCase().split(/\s+/)));
  const skills = named.filter(
    (s) =>
      !s
        .toLowerCase()
        .split(/\s+/)
        .every((w) => titleWords.has(w)),
  );
  const by =
    payByCredentialAsked(text, skills.length > 0, payIntents.has(u.intent)) ??
    (specialtyOfPay(u, skills, text) ? "skill" : undefined);
  if (!by) return u;
  // "does generative ai raise pay for mle", "how much can generative ai skills boost pay": a role's own
  // figure for what the skill adds ("Generative AI expertise can raise pay by") answers it as pay.
  const roles = u.roles.length > 0 ? u.roles : parts.kb.knowledge.roles;
  if (by === "skill" && roles.some((r) => skillFigured(r, skills))) return u;
  return {
    ...u,
    intent: "salary",
    confidence: 1,
    payBy: by,
    ...(by === "skill" ? { skillsAsked: skills } : {}),
  };
}

/**
 * "and computer vision?", "what about for nlp" after a role's pay, "ml engineer salary with computer vision": a
 * skill or specialty named where another place or level would be, naming no job, asks the pay by it, which no
 * figure is split by (before: asked back what to know about the role, or the occupation answered again with no
 * word of the specialty).
 */
const specialtyNamed =
  /^\s*(?:and|what about|how about|wbu)\b(?:\s+(?:for|in|with|doing))?\s+[^.?!,]{1,40}[?.!]*\s*$|\bwith\s+[\w\s+#.-]{1,30}[?.!]*\s*$/i;

function specialtyOfPay(u: Understanding, skills: readonly string[], text: string): boolean {
  const e = u.entities;
  const jobs = e.roles.length + e.uncovered.length;
  // Alone after pay ("and nlp?"), or after the one role named ("ml engineer salary with computer vision").
  const where = jobs === 0 || (e.roles.length === 1 && jobs === 1 && /\bwith\s/i.test(text));
  const nothingElse = !e.place && !e.unlistedPlace && !e.level && !e.unlistedLevel;
  return skills.length > 0 && payIntents.has(u.intent) && where && nothingElse && specialtyNamed.test(text);
}

/** Whether a role's pay figures name what one of the skills adds. */
const skillFigured = (role: Role, skills: string[]) =>
  (role.salary?.modifiers ?? []).some((m) =>
    skills.some((s) => m.label.toLowerCase().includes(s.toLowerCase())),
  );
