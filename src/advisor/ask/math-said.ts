/**
 * "can i hack it as a swe without a math background": what the role's sources say of math, said before its
 * education. A role whose sources name none is said to be one they say nothing of math for, never one that
 * needs none: the sources are silent, not against it.
 */

import type { Role } from "../../knowledge/core/schema.js";
import { escapeRegExp } from "../../knowledge/core/text.js";
import type { SkillKind } from "../../understanding/intent/language.js";
import type { Answer } from "../answers.js";
import { withArticle } from "../parts/fact-answer.js";

/** Whether a line names math by one of the kind's words or members ("mathematics", "Statistics", "linear algebra"). */
const namingMath = (kind: SkillKind) =>
  new RegExp(`\\b(?:${[...kind.words, ...kind.members].map(escapeRegExp).join("|")})`, "i");

/**
 * The lines saying what a role's sources say of math: its skills of the kind, and the lines naming it that
 * the answer after them does not give already (`shown`).
 */
function mathLines(role: Role, kind: SkillKind, shown: ReadonlySet<string>): string[] {
  const names = namingMath(kind);
  const s = role.skills;
  const skills = [...s.technical, ...s.frameworks, ...s.tools].filter((n) => names.test(n));
  const said = [
    ...role.education,
    ...role.gettingStarted,
    ...role.experience,
    ...role.responsibilities,
    ...role.path.advice,
  ].filter((l) => names.test(l) && !shown.has(l));
  const inAnswer = [...shown].some((l) => names.test(l));
  if (skills.length === 0 && said.length === 0 && !inAnswer)
    return [
      `On math: the sources for ${role.name} say nothing of it (no mathematics or statistics among its skills or in its education), so I cannot say how much it needs.`,
    ];
  if (skills.length === 0 && said.length === 0)
    return [`On math: the sources for ${role.name} name it only in its education, below.`];
  return [
    ...(skills.length
      ? [`On math: the sources list ${skills.join(", ")} among ${withArticle(role.name)}'s skills.`]
      : []),
    ...(said.length ? [`${skills.length ? "They also say" : "On math, the sources say"}:`, ...said] : []),
  ];
}

/** The education answer with what the sources say of math first, where the question asks about math. */
export function withMathSaid(role: Role, kind: SkillKind | undefined, answer: Answer): Answer {
  if (answer.kind !== "answer" || !kind) return answer;
  return {
    ...answer,
    facts: [...mathLines(role, kind, new Set(answer.facts)), "On education:", ...answer.facts],
  };
}
