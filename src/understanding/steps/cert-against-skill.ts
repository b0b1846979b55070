/*
 * "my company will pay for a cloud cert, should i take it or just learn python instead": a certification
 * weighed against learning a skill, with no role named. No source ranks the one against the other; the
 * answer says so and which roles' sources list the skill, and which roles the certification's field names.
 */
import { tokenize } from "../../knowledge/core/text.js";
import { skillsNamed } from "../names/skill-names.js";
import type { PipelineParts } from "../shape/pipeline-parts.js";
import type { Understanding } from "../shape/understanding.js";
import { choiceWords } from "../words/contrast-words.js";
import { credentialWords, wordsPattern } from "../words/topic-words.js";

/** "a cloud cert", "security certs": the field word written right before a word of credentials. */
const fieldOfCredential = new RegExp(`\\b([a-z]+)\\s+${wordsPattern(credentialWords).source}`, "i");

/** Words that set one thing against another, or put one instead of the other. */
const weighsAgainst = wordsPattern(choiceWords, ["instead", "rather"]);

/** Words before "cert" that name no field: "a cert", "the cert", "any certs". */
const noField = new Set("a an the any some my this that which what those these get take".split(" "));

export function certAgainstSkillRead(
  parts: Pick<PipelineParts, "kb" | "skills">,
  u: Understanding,
  tokens: string[],
  text: string,
): Understanding {
  if (u.roles.length > 0 || u.entities.uncovered.length > 0 || u.from || u.to) return u;
  const field = fieldOfCredential.exec(text)?.[1]?.toLowerCase();
  if (!field || noField.has(field) || !weighsAgainst.test(text)) return u;
  // Only a field some role is named by ("cloud"): a certification of its own name ("aws certified") keeps
  // the reading of the role whose work it certifies.
  if (!parts.kb.knowledge.roles.some((r) => tokenize(r.name).includes(field))) return u;
  // The skills named besides the certification's field word ("python", not "cloud").
  const skills = skillsNamed(parts.skills, parts.kb.roleNames, tokens).filter(
    (s) => s.toLowerCase() !== field,
  );
  if (skills.length === 0) return u;
  const { payBy: _by, ...read } = u;
  return {
    ...read,
    intent: "skills",
    confidence: 1,
    roles: [],
    skillsAsked: skills,
    certificationWeighed: field,
  };
}
